using Dapper;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Brings a DuckDB file to the warehouse model: creates what is missing, adds new columns, recreates every view and runs
/// the post-deployment script. Like a DACPAC deploy it blocks, by default, on changes that could lose data.</summary>
public static class DuckDbDeployer
{
    /// <summary>Deploys <paramref name="loader"/>'s catalog into its database.</summary>
    public static DeployReport Deploy(DuckDbLoader loader, bool allowDataLoss = false)
    {
        var catalog = loader.Catalog;
        var connection = loader.Connection;
        var report = new DeployReport();
        var existing = connection.Query<(string Schema, string Table, string Column, string Type)>(
                "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns " +
                "WHERE table_catalog = current_database() AND table_schema IN ('stg','dw','etl') ORDER BY table_schema, table_name, ordinal_position")
            .GroupBy(c => $"{c.Schema}.{c.Table}", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

        var plan = new List<string>();
        foreach (var table in catalog.Tables)
        {
            if (!existing.TryGetValue(table.FullName, out var columns))
            {
                plan.Add(DuckDbSchemaScript.CreateTable(table));
                report.TablesCreated.Add(table.FullName);
                continue;
            }

            var losses = new List<string>();
            var additions = new List<ColumnDefinition>();
            foreach (var column in table.Columns)
            {
                var found = columns.FirstOrDefault(c => c.Column.Equals(column.Name, StringComparison.OrdinalIgnoreCase));
                if (found.Column is null)
                {
                    additions.Add(column);
                }
                else if (!found.Type.Equals(DuckDbTypeMapper.ToDuckDb(column.Type), StringComparison.OrdinalIgnoreCase))
                {
                    losses.Add($"{table.FullName}.{column.Name}: type {found.Type} → {DuckDbTypeMapper.ToDuckDb(column.Type)}");
                }
            }

            losses.AddRange(columns
                .Where(c => table.FindColumn(c.Column) is null)
                .Select(c => $"{table.FullName}.{c.Column}: column no longer in the model (would be dropped)"));
            if (losses.Count > 0)
            {
                // Only reached with allowDataLoss: the table is rebuilt empty from the model.
                report.DataLossChanges.AddRange(losses);
                plan.Add($"DROP TABLE {table.FullName};\n{DuckDbSchemaScript.CreateTable(table)}");
                report.TablesCreated.Add(table.FullName);
                continue;
            }

            foreach (var column in additions)
            {
                plan.Add(DuckDbSchemaScript.AddColumn(table, column));
                report.ColumnsAdded.Add($"{table.FullName}.{column.Name}");
            }
        }

        foreach (var dropped in existing.Keys.Where(k => !catalog.Tables.Any(t => t.FullName.Equals(k, StringComparison.OrdinalIgnoreCase))))
        {
            report.DataLossChanges.Add($"{dropped}: table no longer in the model (would be dropped)");
            plan.Add($"DROP TABLE {dropped};");
        }

        if (report.DataLossChanges.Count > 0 && !allowDataLoss)
        {
            report.Blocked = true;
            return report;
        }

        using var tx = connection.BeginTransaction();
        foreach (var schema in catalog.Schemas)
        {
            connection.Execute($"CREATE SCHEMA IF NOT EXISTS {schema}");
        }

        // Views of the model's schemas are recreated; one the model does not define (a user's view in rpt) is reported, then dropped.
        // Other schemas (custom, …) belong to the users and are never touched (README, "Your own objects").
        foreach (var view in connection.Query<(string Schema, string Name, string Sql)>(
                     "SELECT schema_name, view_name, sql FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"))
        {
            if (!catalog.Schemas.Contains(view.Schema, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!catalog.Views.Any(v => v.FullName.Equals($"{view.Schema}.{view.Name}", StringComparison.OrdinalIgnoreCase)))
            {
                report.UserViewsDropped.Add($"{view.Schema}.{view.Name} ({view.Sql.Trim()})");
            }

            connection.Execute($"DROP VIEW IF EXISTS {view.Schema}.{view.Name}");
        }

        foreach (var statement in plan)
        {
            connection.Execute(statement);
        }

        foreach (var view in catalog.Views)
        {
            connection.Execute(DuckDbSchemaScript.CreateView(view));
            report.ViewsCreated.Add(view.FullName);
        }

        foreach (var statement in PortableScript.Statements(catalog.PostDeploymentScript))
        {
            connection.Execute(statement);
            report.PostDeploymentStatements++;
        }

        tx.Commit();
        return report;
    }
}
