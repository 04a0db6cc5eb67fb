namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>The account funnel's stages, in funnel order (dw.FactAccountStageHistory.StageNumber is the position + 1). Fixed
/// names: reports and the Power BI model read them; their thresholds are configuration (accountFunnel).</summary>
public static class AccountStages
{
    /// <summary>Target, Engaged, MQA, Opportunity, Customer.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Target", "Engaged", "MQA", "Opportunity", "Customer"];

    /// <summary>The first-engagement channel of an account nobody at which has touched yet.</summary>
    public const string NotEngaged = "Not engaged";
}
