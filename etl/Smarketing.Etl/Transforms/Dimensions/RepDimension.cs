using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimRep as a slowly changing dimension (type 2). A user seen for the first time gets a version valid from their
/// CreatedDate; when a tracked attribute changes, the current version is closed at the user's SystemModstamp and a new one opens there.</summary>
public sealed class RepDimension : ITransform
{
    internal const string CurrentVersionsSql =
        "SELECT SalesforceUserId, ValidFromUtc, RepName, Email, Team, Title, ManagerSalesforceUserId, ManagerName, ManagerEmail, Region, TimeZone, IsActive " +
        "FROM dw.DimRep WHERE IsCurrent = 1 AND RepKey <> 0";

    internal const string UsersSql =
        "SELECT u.Id, u.Name, u.Email, u.Department, u.Title, u.ManagerId, m.Name, m.Email, u.TimeZoneSidKey, u.IsActive, u.CreatedDate, u.SystemModstamp " +
        "FROM stg.SalesforceUser AS u LEFT JOIN stg.SalesforceUser AS m ON m.Id = u.ManagerId ORDER BY u.Id";

    /// <summary>ValidToUtc of the current version.</summary>
    public static readonly DateTime EndOfTime = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <inheritdoc />
    public string Table => "dw.DimRep";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var current = CurrentVersions(context);
        var columns = new List<string> { "SalesforceUserId", "ValidFromUtc", "ValidToUtc", "IsCurrent" };
        columns.AddRange(RepVersion.AttributeColumns);
        columns.Add("BatchId");
        return [TableLoad.Upsert(context.Loader, Table, columns, Changes(context, current))];
    }

    private static Dictionary<string, (DateTime ValidFrom, RepVersion Version)> CurrentVersions(TransformContext context)
    {
        var result = new Dictionary<string, (DateTime, RepVersion)>(StringComparer.Ordinal);
        using var r = context.Loader.Read(CurrentVersionsSql);
        while (r.Read())
        {
            var id = r.Str(0)!;
            result[id] = (r.Instant(1)!.Value, new RepVersion(id, r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6), r.Str(7), r.Str(8), r.Str(9) ?? "Unknown", r.Str(10), r.Bool(11) ?? false));
        }

        return result;
    }

    private static IEnumerable<object?[]> Changes(TransformContext context, Dictionary<string, (DateTime ValidFrom, RepVersion Version)> current)
    {
        using var r = context.Loader.Read(UsersSql);
        while (r.Read())
        {
            var incoming = new RepVersion(r.Str(0)!, r.Str(1) ?? r.Str(0), r.Str(2), r.Str(3), r.Str(4), r.Str(5), r.Str(6), r.Str(7), RegionOf(r.Str(8)), r.Str(8), r.Bool(9) ?? true);
            var created = r.Instant(10) ?? DateTime.UnixEpoch;
            var modified = r.Instant(11) ?? created;
            if (!current.TryGetValue(incoming.SalesforceUserId, out var existing))
            {
                yield return Row(incoming, created, EndOfTime, true, context.BatchId);
            }
            else if (existing.Version != incoming && modified > existing.ValidFrom)
            {
                yield return Row(existing.Version, existing.ValidFrom, modified, false, context.BatchId);
                yield return Row(incoming, modified, EndOfTime, true, context.BatchId);
            }
        }
    }

    private static object?[] Row(RepVersion v, DateTime from, DateTime to, bool isCurrent, int batchId) =>
        [v.SalesforceUserId, from, to, isCurrent, .. v.AttributeValues(), batchId];

    /// <summary>Sales region of a rep from the time zone they work in.</summary>
    public static string RegionOf(string? timeZone) => timeZone switch
    {
        null or "" => "Unknown",
        _ when timeZone.StartsWith("America/Sao_Paulo", StringComparison.Ordinal) || timeZone.StartsWith("America/Mexico", StringComparison.Ordinal)
            || timeZone.StartsWith("America/Argentina", StringComparison.Ordinal) => "LATAM",
        _ when timeZone.StartsWith("America/", StringComparison.Ordinal) || timeZone.StartsWith("US/", StringComparison.Ordinal) => "NA",
        _ when timeZone.StartsWith("Europe/", StringComparison.Ordinal) || timeZone.StartsWith("Africa/", StringComparison.Ordinal) => "EMEA",
        _ when timeZone.StartsWith("Asia/", StringComparison.Ordinal) || timeZone.StartsWith("Australia/", StringComparison.Ordinal)
            || timeZone.StartsWith("Pacific/", StringComparison.Ordinal) => "APAC",
        _ => "Other",
    };
}
