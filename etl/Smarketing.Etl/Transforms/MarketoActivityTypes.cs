namespace Smarketing.Etl.Transforms;

/// <summary>Marketo's documented activity types (ids below 100000) and the categories the warehouse groups them in.
/// Ids of 100000 and above are custom; ids nobody knows are kept and typed "Other", never dropped.</summary>
public static class MarketoActivityTypes
{
    /// <summary>Change Score: its attributes carry the score delta.</summary>
    public const int ChangeScore = 22;

    /// <summary>Id → (name, category).</summary>
    public static IReadOnlyDictionary<int, (string Name, string Category)> Known { get; } = new Dictionary<int, (string, string)>
    {
        [1] = ("Visit Webpage", "Web"),
        [2] = ("Fill Out Form", "Form"),
        [3] = ("Click Link", "Web"),
        [6] = ("Send Email", "Email"),
        [7] = ("Email Delivered", "Email"),
        [8] = ("Email Bounced", "Email"),
        [9] = ("Unsubscribe Email", "Email"),
        [10] = ("Open Email", "Email"),
        [11] = ("Click Email", "Email"),
        [12] = ("New Lead", "Lifecycle"),
        [13] = ("Change Data Value", "Data"),
        [21] = ("Convert Lead", "Lifecycle"),
        [22] = ("Change Score", "Scoring"),
        [23] = ("Change Owner", "Lifecycle"),
        [24] = ("Add To List", "Data"),
        [32] = ("Merge Leads", "Data"),
        [46] = ("Interesting Moment", "Engagement"),
        [101] = ("Change Revenue Stage", "Lifecycle"),
        [104] = ("Change Status in Progression", "Lifecycle"),
        [100001] = ("Attended Webinar", "Event"),
    };

    /// <summary>Name and category for any id: documented, custom (≥ 100000) or unknown ("Other").</summary>
    public static (string Name, string Category, bool IsCustom) Describe(int id) =>
        Known.TryGetValue(id, out var known)
            ? (known.Name, known.Category, id >= 100000)
            : id >= 100000 ? ($"Custom activity {id}", "Custom", true) : ($"Unknown activity type {id}", "Other", false);
}
