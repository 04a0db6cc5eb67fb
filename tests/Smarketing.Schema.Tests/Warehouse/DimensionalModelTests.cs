using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>The conventions of the dw star schema (SPEC §4) that the loaders and the embedded engine rely on.</summary>
public class DimensionalModelTests
{
    private static readonly HashSet<string> PortableTypes = new(StringComparer.Ordinal)
    {
        "int", "bigint", "smallint", "tinyint", "bit", "decimal", "varchar", "nvarchar", "char", "date", "datetime2", "float",
    };

    private static SchemaCatalog Catalog => ShippedCatalog.Instance;

    public static IEnumerable<string> WarehouseTables() => ShippedCatalog.Instance.Tables.Where(t => t.Schema == "dw").Select(t => t.FullName);

    public static IEnumerable<string> Facts() => WarehouseTables().Where(t => t.StartsWith("dw.Fact", StringComparison.Ordinal));

    [TestCaseSource(nameof(WarehouseTables))]
    public void A_warehouse_table_has_a_primary_key_and_a_business_key_other_than_its_surrogate_key(string table)
    {
        var definition = Catalog.Table(table);

        Assert.That(definition.PrimaryKey, Is.Not.Empty);
        Assert.That(definition.UniqueKeys, Is.Not.Empty);
        Assert.That(definition.BusinessKey, table == "dw.DimDate" ? Is.EqualTo(new[] { "DateKey" }) : Is.Not.EqualTo(definition.PrimaryKey));
    }

    [TestCaseSource(nameof(WarehouseTables))]
    public void A_warehouse_table_has_an_identity_surrogate_key_named_after_it(string table)
    {
        var definition = Catalog.Table(table);
        var expected = definition.Name.StartsWith("Dim", StringComparison.Ordinal) ? definition.Name[3..] + "Key" : definition.Name[4..] + "Key";
        if (table == "dw.DimDate")
        {
            Assert.That(definition.IdentityColumn, Is.Null);
            return;
        }

        Assert.That(definition.IdentityColumn?.Name, Is.EqualTo(expected));
        Assert.That(definition.PrimaryKey, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Every_data_row_carries_its_batch_id_except_the_batch_run_itself()
    {
        var missing = Catalog.Tables
            .Where(t => t.FullName != "etl.BatchRun")
            .Where(t => t.FindColumn("BatchId") is not { IsNullable: false, Type.Name: "int" })
            .Select(t => t.FullName);

        Assert.That(missing, Is.Empty);
    }

    [TestCaseSource(nameof(Facts))]
    public void Every_key_column_of_a_fact_is_a_foreign_key_to_a_dimension(string fact)
    {
        var definition = Catalog.Table(fact);
        var referenced = definition.ForeignKeys.SelectMany(fk => fk.Columns).ToHashSet(StringComparer.Ordinal);

        var unreferenced = definition.Columns
            .Where(c => c.Name.EndsWith("Key", StringComparison.Ordinal) && !c.IsIdentity && !referenced.Contains(c.Name))
            .Select(c => c.Name);

        Assert.That(unreferenced, Is.Empty);
        Assert.That(definition.ForeignKeys.Select(fk => fk.ReferencedTable), Has.All.StartsWith("dw.Dim"));
    }

    [Test]
    public void Date_keys_are_int_and_reference_DimDate_and_timestamps_are_UTC_datetime2_3()
    {
        var columns = Catalog.Tables.Where(t => t.Schema == "dw").SelectMany(t => t.Columns.Select(c => (Table: t, Column: c))).ToList();

        var badDateKeys = columns
            .Where(x => x.Column.Name.EndsWith("DateKey", StringComparison.Ordinal) && x.Table.Name != "DimDate")
            .Where(x => x.Column.Type.Name != "int"
                        || !x.Table.ForeignKeys.Any(fk => fk.ReferencedTable == "dw.DimDate" && fk.Columns.SequenceEqual([x.Column.Name])))
            .Select(x => $"{x.Table.FullName}.{x.Column.Name}");
        var badTimestamps = columns
            .Where(x => x.Column.Name.EndsWith("AtUtc", StringComparison.Ordinal) && x.Column.Type.ToTSql() != "datetime2(3)")
            .Select(x => $"{x.Table.FullName}.{x.Column.Name}");

        Assert.That(badDateKeys, Is.Empty);
        Assert.That(badTimestamps, Is.Empty);
    }

    [Test]
    public void Every_table_uses_only_types_the_embedded_engine_can_create()
    {
        var unportable = Catalog.Tables.SelectMany(t => t.Columns.Where(c => !PortableTypes.Contains(c.Type.Name)).Select(c => $"{t.FullName}.{c.Name} {c.Type}"));

        Assert.That(unportable, Is.Empty);
    }

    [Test]
    public void Every_table_documents_its_grain()
    {
        var undocumented = Catalog.Tables.Where(t => t.Description?.StartsWith("One row per", StringComparison.Ordinal) != true).Select(t => t.FullName);

        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void The_dimension_tables_hold_no_personal_data()
    {
        var personal = Catalog.Tables.Where(t => t.Schema == "dw" && t.Name != "DimRep")
            .SelectMany(t => t.Columns.Where(c => c.Name is "Email" or "FirstName" or "LastName" or "Name" or "Phone").Select(c => $"{t.FullName}.{c.Name}"));

        Assert.That(personal, Is.Empty);
    }
}
