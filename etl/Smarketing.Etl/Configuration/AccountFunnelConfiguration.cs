namespace Smarketing.Etl.Configuration;

/// <summary>The account funnel's thresholds (Target → Engaged → MQA → Opportunity → Customer; docs/METRICS.md, "Account funnel"):
/// when an account counts as engaged and when as a marketing-qualified account. Touches are the engagement the attribution counts
/// (Marketo touch activities and CRM campaign responses) of the people who belong to the account.</summary>
public sealed class AccountFunnelConfiguration
{
    /// <summary>An account is Engaged on the day of its people's Nth touch, counted from the first.</summary>
    public int EngagedMinTouches { get; set; } = 1;

    /// <summary>The MQA window, in days: the day of entry and the days before it (30: the entry day and the 29 before).</summary>
    public int MqaWindowDays { get; set; } = 30;

    /// <summary>Distinct people with a touch inside the window an MQA needs.</summary>
    public int MqaMinPeople { get; set; } = 2;

    /// <summary>Touches inside the window an MQA needs.</summary>
    public int MqaMinTouches { get; set; } = 3;

    /// <summary>Sum of the people's score changes (Marketo Change Score) inside the window an MQA needs; 0: no score
    /// condition.</summary>
    public int MqaMinScore { get; set; }
}
