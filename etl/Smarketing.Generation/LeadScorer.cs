namespace Smarketing.Generation;

/// <summary>
/// Marketo's lead score: every change is a Change Score (22) activity carrying the delta, old and new value and the
/// reason, and syncs to the CRM lead. Crossing <see cref="MqlThreshold"/> makes the lead marketing-qualified.
/// </summary>
internal sealed class LeadScorer(GenerationContext context)
{
    public const int MqlThreshold = 60;

    /// <summary>Adds points; true when this change lifts the lead across the MQL threshold.</summary>
    public bool Add(LeadRecord lead, int points, DateTime utc, string reason)
    {
        var old = lead.Score;
        var now = Math.Max(0, old + points);
        if (now == old || !context.Happened(utc))
        {
            return false;
        }

        var attributes = context.Marketo.Attributes.Begin().AddSigned("Change Value", now - old).Add("Old Value", old).Add("New Value", now)
            .Add("Reason", reason).End();
        context.Marketo.WriteActivity(lead, utc, MarketoActivityType.ChangeScore, null, 48, "Lead Score", attributes);
        lead.Score = now;
        lead.Touch(utc);
        return old < MqlThreshold && now >= MqlThreshold;
    }

    /// <summary>Sets the score to a value (after a recycle the behaviour points start again).</summary>
    public void Reset(LeadRecord lead, int score, DateTime utc, string reason) => Add(lead, score - lead.Score, utc, reason);
}
