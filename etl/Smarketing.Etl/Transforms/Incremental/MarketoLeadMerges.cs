using System.Globalization;
using System.Text.RegularExpressions;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>etl.MarketoLeadMerge from Marketo's Merge Leads activities (type 32): each id named in "Merge Ids" (else the primary
/// attribute value id) now belongs to the lead the activity was logged on. Activities extracted before a merge keep the losing
/// id in staging; the activity fact, the lead facts and attribution read them through this map. Chains are followed to the last
/// survivor; when an id is merged twice, the later merge wins.</summary>
public sealed partial class MarketoLeadMerges : ITransform
{
    internal const string Sql =
        "SELECT a.marketoGUID, a.leadId, a.activityDate, a.attributes, a.primaryAttributeValueId FROM stg.MarketoActivity AS a " +
        "WHERE a.activityTypeId IN (SELECT r.MarketoActivityTypeId FROM prep.MarketoActivityRole AS r WHERE r.ActivityRole = 'Merge') " +
        "AND a.activityDate IS NOT NULL ORDER BY a.activityDate, a.marketoGUID";

    /// <summary>stg.MarketoActivity with <c>survivingLeadId</c>: the Marketo lead each activity belongs to after merges (its own
    /// <c>leadId</c> when never merged away). The one place the merge map is applied: queries read <c>FROM " + Activities + " AS a</c>.</summary>
    internal const string Activities =
        "(SELECT x.*, COALESCE(m.WinningMarketoLeadId, x.leadId) AS survivingLeadId FROM stg.MarketoActivity AS x " +
        "LEFT JOIN etl.MarketoLeadMerge AS m ON m.LosingMarketoLeadId = x.leadId)";


    /// <inheritdoc />
    public string Table => "etl.MarketoLeadMerge";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var merges = new List<Merge>();
        using (var r = context.Loader.Read(Sql))
        {
            while (r.Read())
            {
                if (r.Int(1) is not { } winner || r.Instant(2) is not { } at)
                {
                    continue;
                }

                foreach (var loser in LosingIds(r.Str(3), r.Int(4)).Where(id => id != winner))
                {
                    merges.Add(new Merge(loser, winner, at, r.Str(0)!));
                }
            }
        }

        var rows = Resolve(merges).Select(m => new MarketoLeadMergeRow(
            LosingMarketoLeadId: m.Loser, WinningMarketoLeadId: m.Winner, MergedAtUtc: m.AtUtc, MarketoGuid: m.Guid, BatchId: context.BatchId));
        return [context.Loader.Upsert(rows, UpsertOptions.Replace)];
    }

    /// <summary>The ids a Merge Leads activity retired: the numbers in its "Merge Ids" attribute (a JSON array, or its text as
    /// some exports write it), else its primary attribute value id.</summary>
    public static IReadOnlyList<int> LosingIds(string? attributesJson, int? primaryAttributeValueId)
    {
        var ids = ActivityAttributes.Text(attributesJson, "Merge Ids") is { } text
            ? Digits().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList()
            : [];
        return ids.Count > 0 ? ids : primaryAttributeValueId is { } id ? [id] : [];
    }

    /// <summary>One row per losing id (its latest merge), pointing at the last survivor of the chain; an id a loop of merges hands
    /// back to itself has no row.</summary>
    public static IReadOnlyList<Merge> Resolve(IReadOnlyList<Merge> mergesInTimeOrder)
    {
        var latest = new Dictionary<int, Merge>();
        foreach (var merge in mergesInTimeOrder)
        {
            latest[merge.Loser] = merge;
        }

        return latest.Values.OrderBy(m => m.Loser).Select(m => m with { Winner = Survivor(latest, m) }).Where(m => m.Winner != m.Loser).ToList();
    }

    /// <summary>Follows a merge's winner through later merges of that winner; a loop (A into B, then B into A) stops where it closes.</summary>
    private static int Survivor(Dictionary<int, Merge> latest, Merge merge)
    {
        var winner = merge.Winner;
        var seen = new HashSet<int> { merge.Loser };
        while (latest.TryGetValue(winner, out var next) && next.AtUtc >= merge.AtUtc && seen.Add(winner))
        {
            winner = next.Winner;
        }

        return winner;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>One losing id, the lead it was merged into, when, and the activity that said so.</summary>
    public sealed record Merge(int Loser, int Winner, DateTime AtUtc, string Guid);
}
