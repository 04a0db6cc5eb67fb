using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Incremental;

/// <summary>The first half of the account scope (<see cref="AccountScope"/>): before the dimensions and facts are updated,
/// lists in etl.RecomputeAccount the accounts that the batch's changed people and opportunities belong to now (a contact or
/// deal that moves changes the account it leaves, which dw.DimLead and dw.FactOpportunity no longer name after their update),
/// and the accounts of people who responded to a campaign arriving in this batch (a response counts as a touch only once its
/// campaign is known). Runs before dw.DimCampaign; lists nothing when every lead is rebuilt.</summary>
public sealed class PriorAccounts : ITransform
{
    /// <inheritdoc />
    public string Table => "etl.RecomputeAccount";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        AccountScope.ListPrior(context);

        // Counted once, by the account facts, when the list is complete.
        return [];
    }
}
