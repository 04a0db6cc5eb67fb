using System.Globalization;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>etl.RepSignIn from the optional RepSignIn.csv: the Power BI sign-in name of each user whose sign-in differs from the
/// Salesforce e-mail, so row-level security finds the rep of the signed-in user. Sign-in names are trimmed and lower-cased
/// (Power BI compares them without regard to case); a row without a usable name, or with a name another user already has,
/// is left out and named in the run notes, because one sign-in must identify one rep.</summary>
public sealed class RepSignInDimension : ITransform
{
    internal const string SignInsSql = "SELECT SalesforceUserId, SignInName, SourceLine FROM stg.RepSignIn ORDER BY SourceLine";

    internal const string UsersSql = "SELECT DISTINCT SalesforceUserId FROM dw.DimRep WHERE RepKey <> 0";

    private static readonly string[] Columns = ["SalesforceUserId", "SignInName", "BatchId"];

    /// <inheritdoc />
    public string Table => "etl.RepSignIn";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        using (var r = context.Loader.Read(UsersSql))
        {
            while (r.Read())
            {
                users.Add(r.Str(0)!);
            }
        }

        var rows = new List<object?[]>();
        var owners = new Dictionary<string, (string User, int? Line)>(StringComparer.Ordinal);
        var problems = new List<string>();
        using (var r = context.Loader.Read(SignInsSql))
        {
            while (r.Read())
            {
                var (user, line) = (r.Str(0)!.Trim(), r.Int(2));
                var name = r.Str(1)?.Trim().ToLowerInvariant() ?? "";
                var where = string.Create(CultureInfo.InvariantCulture, $"RepSignIn.csv line {line}");
                var at = name.IndexOf('@', StringComparison.Ordinal);
                if (at <= 0 || at == name.Length - 1)
                {
                    problems.Add($"{where}: SignInName '{name}' is not a sign-in name (name@domain); user {user} keeps its Salesforce e-mail.");
                    continue;
                }

                if (owners.TryGetValue(name, out var owner))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{where}: SignInName '{name}' is already the sign-in of user {owner.User} (line {owner.Line}); the row is not loaded."));
                    continue;
                }

                if (!users.Contains(user))
                {
                    problems.Add($"{where}: SalesforceUserId '{user}' is not a user in User.csv; loaded, but no rep has it yet.");
                }

                owners[name] = (user, line);
                rows.Add([user, name, context.BatchId]);
            }
        }

        context.Notes.AddRange(problems.Take(10));
        if (problems.Count > 10)
        {
            context.Notes.Add($"RepSignIn.csv: {problems.Count - 10} more row problem(s) of the same kinds.");
        }

        return [TableLoad.Upsert(context.Loader, Table, Columns, rows, UpsertOptions.Replace)];
    }
}
