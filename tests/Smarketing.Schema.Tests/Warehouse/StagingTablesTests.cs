using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>The stg tables are the contract with the source exports documented in docs/SOURCES.md.</summary>
public class StagingTablesTests
{
    private static readonly string[] LineageColumns = ["BatchId", "SourceFile", "SourceLine"];
    /// <summary>Typed at staging from another field of the row (Staging.StagedAttributes), never read from the file.</summary>
    private static readonly Dictionary<string, string[]> DerivedColumns = new()
    {
        ["stg.MarketoActivity"] = ["scoreDelta"], ["stg.SalesforceLead"] = ["EmailHash", "EmailDomain"],
        ["stg.SalesforceContact"] = ["EmailHash", "EmailDomain"],
    };

    private static readonly string[] DateOnlyColumns = ["ConvertedDate", "CloseDate", "StartDate", "EndDate", "ActivityDate", "FirstRespondedDate", "NextStartDate"];

    /// <summary>The rows of the table in docs/SOURCES.md: file, staged into, key, columns.</summary>
    public static IEnumerable<TestCaseData> DocumentedSources()
    {
        var document = Path.Combine(TestPaths.RepositoryRoot, "docs", "SOURCES.md");
        foreach (var line in File.ReadLines(document).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries)[1..^1].Select(c => c.Trim('`')).ToArray();
            var columns = cells[3].Split(',', StringSplitOptions.TrimEntries);
            var key = cells[2].Split(',', StringSplitOptions.TrimEntries);
            yield return new TestCaseData(cells[1], key, columns).SetArgDisplayNames(cells[0]);
        }
    }

    [Test]
    public void Every_documented_source_file_has_a_staging_table()
    {
        Assert.That(DocumentedSources().Count(), Is.EqualTo(16)); // 15 + OpportunityContactRole.csv (issue 16)
        Assert.That(ShippedCatalog.Instance.Tables.Where(t => t.Schema == "stg").Select(t => t.FullName),
            Is.EquivalentTo(DocumentedSources().Select(d => (string)d.Arguments[0]!)));
    }

    [TestCaseSource(nameof(DocumentedSources))]
    public void Staging_columns_are_the_documented_headers_in_order_then_the_derived_then_the_lineage_columns(string table, string[] key,
        string[] headers)
    {
        var staged = ShippedCatalog.Instance.Table(table);
        var derived = DerivedColumns.GetValueOrDefault(table, []);

        Assert.That(staged.Columns.Select(c => c.Name), Is.EqualTo(headers.Concat(derived).Concat(LineageColumns)));
        Assert.That(staged.PrimaryKey, Is.EqualTo(key));
    }

    [TestCaseSource(nameof(DocumentedSources))]
    public void Only_the_source_key_and_the_lineage_columns_are_required(string table, string[] key, string[] headers)
    {
        var required = ShippedCatalog.Instance.Table(table).Columns.Where(c => !c.IsNullable).Select(c => c.Name);

        Assert.That(required, Is.EqualTo(key.Concat(LineageColumns)));
    }

    [TestCaseSource(nameof(DocumentedSources))]
    public void Staging_columns_are_typed_by_the_documented_rules(string table, string[] key, string[] headers)
    {
        var columns = ShippedCatalog.Instance.Table(table).Columns;
        using (Assert.EnterMultipleScope())
        {
            foreach (var column in columns.Where(c => headers.Contains(c.Name)))
            {
                var expected = ExpectedType(column);
                if (expected is not null)
                {
                    Assert.That(column.Type.ToTSql(), Is.EqualTo(expected), $"{table}.{column.Name}");
                }
            }

            Assert.That(columns.Where(c => LineageColumns.Contains(c.Name)).Select(c => c.Type.ToTSql()), Is.EqualTo(new[] { "int", "nvarchar(260)", "int" }));
        }
    }

    private static string? ExpectedType(ColumnDefinition column) => column.Name switch
    {
        _ when DateOnlyColumns.Contains(column.Name) => "date",
        "SystemModstamp" or "activityDate" => "datetime2(3)",
        _ when column.Name.EndsWith("Date", StringComparison.Ordinal) || column.Name.EndsWith("At", StringComparison.Ordinal) => "datetime2(3)",
        "Amount" or "AnnualRevenue" or "BudgetedCost" or "ActualCost" or "ExpectedRevenue" => "decimal(19,4)",
        "NumberOfEmployees" or "Probability" or "leadScore" or "Marketo_Program_Id__c" => "int",
        "id" or "leadId" or "activityTypeId" or "campaignId" or "primaryAttributeValueId" => "int",
        "attributes" => "nvarchar(max)",
        "IsoCode" or "CurrencyIsoCode" => "char(3)",
        _ when column.Name.StartsWith("Is", StringComparison.Ordinal) || column.Name.StartsWith("Has", StringComparison.Ordinal) => "bit",
        _ when column.Name == "Id" || column.Name.EndsWith("Id", StringComparison.Ordinal) => "varchar(18)",
        _ => null,
    };
}
