namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>The best touch of each (person, campaign, UTC day) kept while the touches stream in, so a touch that loses its slot is
/// dropped at once instead of being held with every other candidate until the end of the read. At 100,000 leads the catalog reads
/// about a million candidate touches for a few hundred thousand winners; holding all of them (each with its id string) until they
/// could be compared filled the heap with objects that survived a collection only to die in the oldest generation, which no
/// collection revisits before the batch ends. The winner of a slot is the one <see cref="Better"/> prefers: Marketo first, then the
/// earlier, then the smaller id; on a full tie the first seen stays.</summary>
internal sealed class CampaignDayWinners
{
    private readonly Dictionary<(int LeadKey, int CampaignKey, DateOnly Day), int> slots = [];

    /// <summary>Each slot's current winner, in the order the slots first appeared (the order that breaks ties).</summary>
    private readonly List<Touch> winners = [];

    /// <summary>Offers <paramref name="touch"/> for its (person, campaign, day): it opens the slot or replaces a worse winner.</summary>
    public void Add(Touch touch)
    {
        var key = (touch.LeadKey, touch.CampaignKey, DateOnly.FromDateTime(touch.AtUtc));
        if (!slots.TryGetValue(key, out var index))
        {
            slots[key] = winners.Count;
            winners.Add(touch);
        }
        else if (Better(touch, winners[index]))
        {
            winners[index] = touch;
        }
    }

    /// <summary>Each person's winners oldest first (ties: the smaller id, then the slot seen first), the earliest marked as the
    /// lead-creation touch when it is no later than a day after <paramref name="createdAtUtc"/> of the person; people in the order
    /// their first touch was offered.</summary>
    public Dictionary<int, List<Touch>> ByPerson(Func<int, DateTime?> createdAtUtc)
    {
        var slotsOf = new Dictionary<int, List<int>>();
        for (var i = 0; i < winners.Count; i++)
        {
            var person = winners[i].LeadKey;
            if (!slotsOf.TryGetValue(person, out var list))
            {
                slotsOf[person] = list = [];
            }

            list.Add(i);
        }

        var byPerson = new Dictionary<int, List<Touch>>(slotsOf.Count);
        foreach (var (person, indexes) in slotsOf)
        {
            byPerson[person] = Ordered(indexes, createdAtUtc(person));
        }

        return byPerson;
    }

    /// <summary>Whether <paramref name="candidate"/> wins its (campaign, day) over <paramref name="kept"/>.</summary>
    internal static bool Better(Touch candidate, Touch kept)
    {
        var bySystem = Rank(candidate).CompareTo(Rank(kept));
        if (bySystem != 0)
        {
            return bySystem < 0;
        }

        var byTime = candidate.AtUtc.CompareTo(kept.AtUtc);
        return byTime != 0 ? byTime < 0 : candidate.Id < kept.Id;
    }

    private List<Touch> Ordered(List<int> indexes, DateTime? personCreatedAtUtc)
    {
        var order = new (Touch Touch, int Index)[indexes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (winners[indexes[i]], indexes[i]);
        }

        // The slot's first appearance breaks ties as a stable sort of the slots would.
        Array.Sort(order, static (a, b) =>
        {
            var byTime = a.Touch.AtUtc.CompareTo(b.Touch.AtUtc);
            var byId = byTime != 0 ? byTime : a.Touch.Id.CompareTo(b.Touch.Id);
            return byId != 0 ? byId : a.Index.CompareTo(b.Index);
        });
        var kept = new List<Touch>(order.Length);
        foreach (var (touch, _) in order)
        {
            kept.Add(touch);
        }

        if (personCreatedAtUtc is { } created && kept.Count > 0 && kept[0].AtUtc <= created.AddDays(1))
        {
            kept[0] = kept[0] with { IsLeadCreation = true };
        }

        return kept;
    }

    private static int Rank(Touch touch) => touch.SourceSystem == "Marketo" ? 0 : 1;
}
