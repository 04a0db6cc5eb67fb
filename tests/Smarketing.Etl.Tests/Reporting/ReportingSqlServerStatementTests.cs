using System.Reflection;
using System.Text.RegularExpressions;
using Smarketing.Etl.Loading;
using Smarketing.Reporting;
using Smarketing.Reporting.Dashboard;
using Smarketing.Etl.Tests.Loading;

namespace Smarketing.Etl.Tests.Reporting;

/// <summary>What the read commands send to SQL Server (batches, report sla-exceptions, report dashboard) is proven statically
/// like the loader's statements: each constant query of the Reporting namespace is parsed by ScriptDom and resolved against the
/// DACPAC.</summary>
public partial class ReportingSqlServerStatementTests
{
    private static string Dacpac => Path.Combine(TestContext.CurrentContext.TestDirectory, WarehouseModel.DacpacFileName);

    /// <summary>Every string constant of the Reporting namespace that is a query.</summary>
    private static List<(string Name, string Sql)> Queries() =>
        typeof(DashboardQueries).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == "Smarketing.Reporting" || ns.StartsWith("Smarketing.Reporting.", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Sql: (string)f.GetRawConstantValue()!)))
            .Where(q => q.Sql.TrimStart().StartsWith("SELECT ", StringComparison.OrdinalIgnoreCase))
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .ToList();

    [Test]
    public void Every_query_of_the_reports_and_the_batch_history_parses_and_resolves_against_the_DACPAC_model()
    {
        var queries = Queries();
        var problems = WarehouseModelCheck.Problems(Dacpac, queries.Select(q => new GeneratedStatement(q.Name, q.Sql)).ToList());
        Assert.That(problems, Is.Empty, string.Join("\n\n", problems.Select(p => $"{p.Key}:\n  {string.Join("\n  ", p.Value)}")));
    }

    [Test]
    public void The_proof_covers_every_row_set_of_the_dashboard_the_exception_report_and_the_batch_history()
    {
        var names = Queries().Select(q => q.Name).ToList();
        var sqlOf = Queries().ToDictionary(q => q.Name, q => q.Sql);
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.SupersetOf(new[] { "BatchHistoryQuery.Sql", "SlaExceptionReport.Sql", "DashboardQueries.AsOfSql", "DashboardQueries.HeadlineRuleSql",
                "DemandPlanQuery.Sql", "DemandPlanQuery.LatestAsOfSql" }));
            Assert.That(DashboardQueries.RowSets.Select(r => r.Sql), Is.SubsetOf(sqlOf.Values), "every row set is a constant the proof reads");
            Assert.That(DashboardQueries.RowSets, Has.Count.EqualTo(17));
        });
    }

    [Test]
    public void The_read_commands_send_only_constant_queries_the_proof_collects()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "etl", "Smarketing.Reporting"), "*.cs", SearchOption.AllDirectories)
            .Concat(new[] { "BatchesCommand.cs", "ReportCommand.cs", "PlanCommand.cs" }.Select(f => Path.Combine(root, "etl", "Smarketing.Cli", "Commands", f)));
        var known = Queries().Select(q => q.Name.Split('.')[1]).Concat(["sql"]).ToHashSet(StringComparer.Ordinal);
        var calls = files.SelectMany(file => ReadCall().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Argument: m.Groups["arg"].Value.Trim())))
            .ToList();
        Assert.That(calls, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(calls.Where(c => !known.Contains(c.Argument)).Select(c => $"{c.File}: Read({c.Argument})"), Is.Empty);
    }

    [Test]
    public void A_dashboard_query_naming_a_column_the_view_lacks_is_reported()
    {
        var broken = DashboardQueries.SlaSql.Replace("OpenOverdue", "OpenOverdoo", StringComparison.Ordinal);
        var found = WarehouseModelCheck.Problems(Dacpac, [new GeneratedStatement("sla", broken)]);
        Assert.That(found.TryGetValue("sla", out var reported), Is.True);
        Assert.That(reported, Has.Some.Contains("OpenOverdoo"));
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Smarketing.Warehouse.sln")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException("Smarketing.Warehouse.sln not found above the test directory.");
    }

    /// <summary>A query sent through the loader, or handed to the dashboard's Scalar helper: the argument must name a constant
    /// (DashboardQueries' Table and Scalar helpers receive only the constants listed in RowSets and the *Sql fields).</summary>
    [GeneratedRegex(@"\b(?:warehouse|loader)\.Read\((?<arg>[^)]*)\)|Scalar\(warehouse,\s*(?<arg>[^,]*),")]
    private static partial Regex ReadCall();
}
