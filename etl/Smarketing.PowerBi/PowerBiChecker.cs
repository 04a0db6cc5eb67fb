using System.Text.RegularExpressions;
using Smarketing.Schema.Catalog;

namespace Smarketing.PowerBi;

/// <summary>Checks the Power BI project against the warehouse model, since Power BI Desktop and the Analysis Services libraries do not
/// run here: TMDL syntax; every table imports an rpt view through <c>Sql.Database(Server, Database)</c>; every column's sourceColumn
/// exists in that view with a compatible type; relationships join existing columns of the same type, single direction, keys hidden;
/// measures reference existing tables, columns and measures and carry a format string; roles filter existing columns; a date table is
/// marked; report visuals bind to existing fields.</summary>
public static partial class PowerBiChecker
{
    [GeneratedRegex(@"Sql\.Database\(\s*Server\s*,\s*Database\s*\)")]
    private static partial Regex SqlDatabase();

    [GeneratedRegex(@"Schema\s*=\s*""(?<schema>\w+)""\s*,\s*Item\s*=\s*""(?<item>\w+)""")]
    private static partial Regex SchemaItem();

    /// <summary>Every problem found, each naming the file and line (or object) and what is wrong; empty when the project is sound.</summary>
    /// <param name="projectFolder">The folder of Smarketing.pbip.</param>
    /// <param name="catalog">The warehouse model read from the DACPAC.</param>
    /// <param name="viewsFolder">warehouse/rpt/Views, for the column descriptions; by default beside the project folder.</param>
    public static List<string> Check(string projectFolder, SchemaCatalog catalog, string? viewsFolder = null)
    {
        var project = PowerBiProject.Load(projectFolder);
        var problems = new List<string>(project.Problems);
        var tables = project.Tables;
        CheckModel(project, tables, problems);
        foreach (var table in tables.Values)
        {
            CheckTable(table, catalog, problems);
        }

        CheckRelationships(project, tables, problems);
        CheckPaths(project, tables, problems);
        CheckNames(project, tables, problems);
        CheckColumns(project, tables, problems);
        CheckMeasures(tables, problems);
        CheckMeasureDates(project, tables, problems);
        CheckRoles(project, tables, problems);
        CheckSecurity(project, tables, problems);
        PowerBiReportChecker.Check(projectFolder, tables, problems);
        viewsFolder ??= DefaultViewsFolder(projectFolder);
        problems.AddRange(TmdlDescriptions.Differences(project, viewsFolder).Select(d => d.Expected is null
            ? $"{d.Column.Where}: visible column {TmdlName.Quote(d.Table.Name)}[{d.Column.Name}] is not described in the Columns block of its view"
            : $"{d.Column.Where}: the description of {TmdlName.Quote(d.Table.Name)}[{d.Column.Name}] differs from its view's column comment "
              + "(smarketing check-powerbi --sync-descriptions)"));
        return problems;
    }

    /// <summary>warehouse/rpt/Views next to the reports folder of the repository.</summary>
    public static string DefaultViewsFolder(string projectFolder) =>
        Path.GetFullPath(Path.Combine(projectFolder, "..", "warehouse", "rpt", "Views"));

    private static void CheckModel(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        var model = project.Objects.FirstOrDefault(o => o.Keyword == "model");
        if (model is null || !project.Objects.Any(o => o.Keyword == "database"))
        {
            problems.Add("definition/model.tmdl and definition/database.tmdl must declare the model and the database");
            return;
        }

        var referenced = project.Objects.Where(o => o.Keyword == "ref").Where(r => r.Name.StartsWith("table:", StringComparison.Ordinal)).Select(r => r.Name[6..]).ToHashSet();
        problems.AddRange(referenced.Where(r => !tables.ContainsKey(r)).Select(r => $"{model.Where}: ref table {TmdlName.Quote(r)} has no table definition"));
        problems.AddRange(tables.Keys.Where(t => !referenced.Contains(t)).Select(t => $"{tables[t].Where}: table {TmdlName.Quote(t)} is not referenced from model.tmdl"));
        foreach (var parameter in new[] { "Server", "Database" })
        {
            if (!project.Objects.Any(o => o.Keyword == "expression" && o.Name == parameter && (o.Expression ?? "").Contains("IsParameterQuery=true", StringComparison.Ordinal)))
            {
                problems.Add($"definition/expressions.tmdl: the M parameter {parameter} (IsParameterQuery=true) is missing");
            }
        }

        if (!tables.Values.Any(t => t.Properties.GetValueOrDefault("dataCategory") == "Time"
                                    && t.ChildrenOf("column").Any(c => c.Properties.ContainsKey("isKey") && c.Properties.GetValueOrDefault("dataType") == "dateTime")))
        {
            problems.Add("no date table: mark one table with dataCategory: Time and its date column with isKey (dataType dateTime)");
        }
    }

    private static void CheckTable(TmdlNode table, SchemaCatalog catalog, List<string> problems)
    {
        var partitions = table.ChildrenOf("partition").ToList();
        if (partitions.Count != 1 || partitions[0].Expression != "m")
        {
            problems.Add($"{table.Where}: table {TmdlName.Quote(table.Name)} must have exactly one M partition (partition … = m)");
            return;
        }

        var source = partitions[0].Properties.GetValueOrDefault("source") ?? "";
        var item = SchemaItem().Match(source);
        if (!SqlDatabase().IsMatch(source) || !item.Success || item.Groups["schema"].Value != "rpt")
        {
            problems.Add($"{partitions[0].Where}: the partition of {TmdlName.Quote(table.Name)} must read an rpt view via Sql.Database(Server, Database){{[Schema=\"rpt\",Item=\"…\"]}}");
            return;
        }

        var view = catalog.Views.FirstOrDefault(v => v.Schema == "rpt" && v.Name == item.Groups["item"].Value);
        if (view is null)
        {
            problems.Add($"{partitions[0].Where}: table {TmdlName.Quote(table.Name)} reads rpt.{item.Groups["item"].Value}, which is not a view of the warehouse model");
            return;
        }

        foreach (var column in table.ChildrenOf("column"))
        {
            var dataType = column.Properties.GetValueOrDefault("dataType");
            var sourceColumn = column.Properties.GetValueOrDefault("sourceColumn");
            if (column.Expression is not null)
            {
                // A calculated column (column X = DAX): its references are checked with the measures'.
                continue;
            }

            if (sourceColumn is null || dataType is null)
            {
                problems.Add($"{column.Where}: column {TmdlName.Quote(column.Name)} needs dataType and sourceColumn");
                continue;
            }

            var viewColumn = view.Columns.FirstOrDefault(c => c.Name == sourceColumn.Trim('"'));
            if (viewColumn is null)
            {
                problems.Add($"{column.Where}: sourceColumn {sourceColumn} of {TmdlName.Quote(table.Name)}[{column.Name}] is not a column of {view.FullName}");
            }
            else if (viewColumn.Type is { } type && !PowerBiTypes.Compatible(type).Contains(dataType))
            {
                problems.Add($"{column.Where}: {TmdlName.Quote(table.Name)}[{column.Name}] is {dataType} but {view.FullName}.{viewColumn.Name} is {type} (use {string.Join(" or ", PowerBiTypes.Compatible(type))})");
            }
            else if (viewColumn.Type is { } exact && dataType == "decimal" && exact.Scale > PowerBiTypes.FixedDecimalPlaces)
            {
                problems.Add($"{column.Where}: {TmdlName.Quote(table.Name)}[{column.Name}] is a fixed decimal ({PowerBiTypes.FixedDecimalPlaces} places) "
                             + $"but {view.FullName}.{viewColumn.Name} is {exact.ToTSql()}: use dataType double so no precision is lost");
            }
        }
    }
}
