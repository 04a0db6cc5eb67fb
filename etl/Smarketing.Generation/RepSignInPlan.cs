namespace Smarketing.Generation;

/// <summary>Writes the optional RepSignIn.csv: the reps covering EMEA sign in to Power BI through the European directory
/// (<c>name@eu.…</c>), so their sign-in differs from the Salesforce e-mail and the demo exercises the row-level-security
/// mapping; everyone else signs in with the Salesforce e-mail and is not listed. Deterministic: no random draws.</summary>
internal sealed class RepSignInPlan(RepRoster roster)
{
    /// <summary>The file's header (docs/SOURCES.md).</summary>
    public static readonly string[] Columns = ["SalesforceUserId", "SignInName"];

    public void Write(string directory)
    {
        using var w = new CsvExportWriter(Path.Combine(directory, "RepSignIn.csv"), Columns);
        foreach (var rep in roster.All.Where(r => r.CoversEmea))
        {
            var at = rep.Email.IndexOf('@', StringComparison.Ordinal);
            w.Write(rep.Id);
            w.Write(rep.Email[..at] + "@eu." + rep.Email[(at + 1)..]);
            w.EndRow();
        }
    }
}
