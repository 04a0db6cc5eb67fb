namespace Smarketing.PowerBi;

public static partial class PowerBiChecker
{
    /// <summary>Every table with rep, lead or account data is filtered by every role or declared company-wide.</summary>
    private static void CheckSecurity(PowerBiProject project, IReadOnlyDictionary<string, TmdlNode> tables, List<string> problems)
    {
        foreach (var (name, (columns, scope)) in RowLevelSecurity.PersonalTables(project).Where(t => t.Value.Scope == "Unsecured"))
        {
            problems.Add($"{tables[name].Where}: table {TmdlName.Quote(name)} carries rep, lead or account data ({string.Join(", ", columns)}) "
                         + $"but role(s) {string.Join(", ", RowLevelSecurity.RolesNotFiltering(project, name))} do not filter it: add a "
                         + $"relationship or tablePermission, or declare it annotation SecurityScope = {RowLevelSecurity.CompanyWide} "
                         + "and say why in docs/POWERBI.md");
        }
    }
}
