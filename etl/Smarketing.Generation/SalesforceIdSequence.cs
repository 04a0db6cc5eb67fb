namespace Smarketing.Generation;

/// <summary>Hands out the ids of one Salesforce object in creation order, so ids sort roughly by creation like real ones.</summary>
internal sealed class SalesforceIdSequence(string prefix)
{
    private long _issued;

    /// <summary>How many ids were handed out so far.</summary>
    public long Issued => _issued;

    public string Next() => SalesforceId.Create(prefix, ++_issued);
}
