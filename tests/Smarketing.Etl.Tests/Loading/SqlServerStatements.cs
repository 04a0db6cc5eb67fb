using System.Reflection;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Sources;
using Smarketing.Etl.Transforms.ContactRoles;
using Smarketing.Etl.Transforms.Dimensions;
using Smarketing.Etl.Transforms.Facts;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>One T-SQL statement the SQL Server loader can send, with what it needs around it to be checked on its own.</summary>
/// <param name="Name">Where it comes from, e.g. <c>upsert dw.DimLead: UPDATE</c>.</param>
/// <param name="Sql">The exact text sent.</param>
/// <param name="Setup">Statements the session has run before it (the work table's DDL), or null.</param>
/// <param name="Parameters">Parameter declarations it may use (<c>@batchId int, …</c>), or empty.</param>
internal sealed record GeneratedStatement(string Name, string Sql, string? Setup = null, string Parameters = "");

/// <summary>Collects every statement the SQL Server loader can generate: for each catalog table the work-table DDL and the upsert
/// (count, UPDATE, INSERT, drop; staging tables also with the stager's version options), the batch and lock statements, the
/// bulk-copy destination of rejected rows, and every query the transforms and the pipeline send through <c>Read</c>.</summary>
internal static class SqlServerStatements
{
    /// <summary>Namespaces whose constant SQL strings go through <see cref="IWarehouseLoader.Read"/>.</summary>
    private static readonly string[] QueryNamespaces = ["Smarketing.Etl.Transforms", "Smarketing.Etl.Pipeline"];

    public static IReadOnlyList<GeneratedStatement> All(SchemaCatalog catalog)
    {
        var statements = new List<GeneratedStatement>();
        foreach (var table in catalog.Tables)
        {
            var columns = UpsertSql.WritableColumns(table);
            if (!IsUpsertable(table))
            {
                // Keyed by IDENTITY only (etl.BatchRun, etl.RejectedRow): written by the batch statements; Upsert refuses them.
                statements.Add(new GeneratedStatement($"work table {table.FullName}", SqlServerUpsertSql.CreateWorkTable(table, columns)));
                continue;
            }

            statements.AddRange(Upsert(table, columns, UpsertOptions.Default, includeDdl: true));
            if (StagerOptions(table) is { } staged)
            {
                statements.AddRange(Upsert(table, columns, staged, includeDdl: false));
            }
        }

        statements.AddRange(Batch(catalog));
        statements.AddRange(SetBasedFills(catalog));
        statements.AddRange(PortableQueries().Select(q => new GeneratedStatement($"query {q.Name}", q.Sql)));
        return statements;
    }

    /// <summary>The INSERT … SELECT statements that fill a work table inside the server (set-based transforms), each with the
    /// work table's DDL.</summary>
    public static IEnumerable<GeneratedStatement> SetBasedFills(SchemaCatalog catalog)
    {
        var activity = catalog.Table("dw.FactMarketingActivity");
        var ddl = SqlServerUpsertSql.CreateWorkTable(activity, MarketingActivityFact.Columns);
        yield return new GeneratedStatement("fill dw.FactMarketingActivity (full)",
            SqlServerLoader.FillWorkTableSql(activity, MarketingActivityFact.Columns, MarketingActivityFact.Sql), ddl);
        yield return new GeneratedStatement("fill dw.FactMarketingActivity (scoped)",
            SqlServerLoader.FillWorkTableSql(activity, MarketingActivityFact.Columns, MarketingActivityFact.ScopedSql), ddl);
        yield return new GeneratedStatement("first load dw.FactMarketingActivity: is it empty", SqlServerLoader.IsEmptySql(activity));
        yield return new GeneratedStatement("first load dw.FactMarketingActivity: fill the fact itself",
            SqlServerLoader.FillFirstLoadSql(activity, MarketingActivityFact.Columns, MarketingActivityFact.Sql));
        var campaign = catalog.Table("dw.DimCampaign");
        yield return new GeneratedStatement("fill dw.DimCampaign",
            SqlServerLoader.FillWorkTableSql(campaign, CampaignDimension.Columns, CampaignDimension.Sql),
            SqlServerUpsertSql.CreateWorkTable(campaign, CampaignDimension.Columns));
        var account = catalog.Table("dw.DimAccount");
        yield return new GeneratedStatement("fill dw.DimAccount",
            SqlServerLoader.FillWorkTableSql(account, AccountDimension.Columns, AccountDimension.Sql),
            SqlServerUpsertSql.CreateWorkTable(account, AccountDimension.Columns));
        var lead = catalog.Table("dw.DimLead");
        var leadDdl = SqlServerUpsertSql.CreateWorkTable(lead, LeadDimension.Columns);
        yield return new GeneratedStatement("fill dw.DimLead (full)", SqlServerLoader.FillWorkTableSql(lead, LeadDimension.Columns, LeadDimension.Sql), leadDdl);
        yield return new GeneratedStatement("fill dw.DimLead (changed)",
            SqlServerLoader.FillWorkTableSql(lead, LeadDimension.Columns, LeadDimension.ChangedSql), leadDdl);
        var cost = catalog.Table("dw.FactCampaignCost");
        yield return new GeneratedStatement("fill dw.FactCampaignCost",
            SqlServerLoader.FillWorkTableSql(cost, CampaignCostFact.Columns, CampaignCostFact.Sql),
            SqlServerUpsertSql.CreateWorkTable(cost, CampaignCostFact.Columns));
        var roles = catalog.Table("dw.FactOpportunityContactRole");
        yield return new GeneratedStatement("fill dw.FactOpportunityContactRole",
            SqlServerLoader.FillWorkTableSql(roles, OpportunityContactRoleFact.Columns, OpportunityContactRoleFact.Sql),
            SqlServerUpsertSql.CreateWorkTable(roles, OpportunityContactRoleFact.Columns));
    }

    /// <summary>True when the table's business key is written by the ETL (not an IDENTITY), so it can be upserted.</summary>
    public static bool IsUpsertable(TableDefinition table) =>
        table.BusinessKey.All(k => UpsertSql.WritableColumns(table).Contains(k, StringComparer.OrdinalIgnoreCase));

    /// <summary>The statements of one upsert of <paramref name="table"/> with <paramref name="options"/>.</summary>
    public static IEnumerable<GeneratedStatement> Upsert(TableDefinition table, IReadOnlyList<string> columns, UpsertOptions options, bool includeDdl)
    {
        var ddl = SqlServerUpsertSql.CreateWorkTable(table, columns);
        var label = $"upsert {table.FullName}{(options == UpsertOptions.Default ? "" : $" ({options.VersionColumn ?? "no version"}, {options.TieBreakColumn})")}";
        if (includeDdl)
        {
            yield return new GeneratedStatement($"{label}: work table", ddl);
        }

        yield return new GeneratedStatement($"{label}: count", SqlServerUpsertSql.CountIncoming(table, columns, options), ddl);
        if (SqlServerUpsertSql.Update(table, columns, options) is { } update)
        {
            yield return new GeneratedStatement($"{label}: UPDATE", update, ddl);
        }

        yield return new GeneratedStatement($"{label}: INSERT", SqlServerUpsertSql.Insert(table, columns, options), ddl);
        yield return new GeneratedStatement($"{label}: DELETE missing (facts recomputed in full)", SqlServerUpsertSql.DeleteMissing(table), ddl);
        foreach (var (scopeTable, column) in new[] { ("etl.RecomputeLead", "LeadKey"), ("etl.RecomputeOpportunity", "SalesforceOpportunityId"),
            ("etl.RecomputeAccount", "AccountKey") })
        {
            if (table.FindColumn(column) is not null && table.Schema == "dw" && table.Name.StartsWith("Fact", StringComparison.Ordinal))
            {
                var within = UpsertOptions.ReplaceWithin(scopeTable, column);
                yield return new GeneratedStatement($"{label}: DELETE missing within {scopeTable}",
                    SqlServerUpsertSql.DeleteMissing(table, UpsertSql.Scope(WarehouseModel.LoadCatalog(), table, within)), ddl);
            }
        }
        if (includeDdl)
        {
            yield return new GeneratedStatement($"{label}: drop", SqlServerUpsertSql.DropWorkTable(table), ddl);
        }
    }

    /// <summary>The options the stager upserts a staging table with, or null for tables no export file feeds.</summary>
    private static UpsertOptions? StagerOptions(TableDefinition table) =>
        SourceFiles.All.FirstOrDefault(s => s.StagingTable.Equals(table.FullName, StringComparison.OrdinalIgnoreCase)) is { } source
            ? new UpsertOptions(source.VersionColumn, LineageColumns.SourceLine)
            : null;

    private static IEnumerable<GeneratedStatement> Batch(SchemaCatalog catalog)
    {
        var names = SqlServerBatchSql.ParameterColumns.Keys.Concat(["@resource", "@timeout"]);
        var parameters = string.Join(", ", names.Select(n => $"{n} {SqlServerBatchSql.ParameterType(catalog, n).ToTSql()}"));
        foreach (var (name, sql) in SqlServerBatchSql.Statements)
        {
            yield return new GeneratedStatement($"batch {name}", sql, Parameters: parameters);
        }

        // SqlBulkCopy reads the destination's metadata, then maps these columns by name.
        var rejected = catalog.Table(SqlServerBatchSql.RejectedRowTable);
        yield return new GeneratedStatement("bulk copy into etl.RejectedRow: mapped columns",
            $"SELECT TOP (0) {string.Join(", ", UpsertSql.WritableColumns(rejected).Select(SqlServerUpsertSql.Quote))} FROM {SqlServerUpsertSql.TableName(rejected)};");
    }

    /// <summary>Every constant SQL query (a string constant starting with SELECT or WITH) of the transforms and the pipeline.</summary>
    public static IReadOnlyList<(string Name, string Sql)> PortableQueries() =>
        typeof(EtlRunner).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && QueryNamespaces.Any(q => ns == q || ns.StartsWith(q + ".", StringComparison.Ordinal)))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Sql: (string)f.GetRawConstantValue()!)))
            .Where(q => new[] { "SELECT", "WITH", "UPDATE", "DELETE", "INSERT" }.Any(v => q.Sql.TrimStart().StartsWith(v + " ", StringComparison.OrdinalIgnoreCase)))
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .ToList();
}
