namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>Everything the funnel needs about one lead: its attributes and its events in time order.</summary>
public sealed class LeadHistory
{
    /// <summary>dw.DimLead key.</summary>
    public int LeadKey { get; init; }

    /// <summary>Salesforce lead id.</summary>
    public string SalesforceLeadId { get; init; } = "";

    /// <summary>When the lead was created (the first inquiry).</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>Job title (persona rules).</summary>
    public string? Title { get; init; }

    /// <summary>Industry (persona rules).</summary>
    public string? Industry { get; init; }

    /// <summary>Company size (persona rules).</summary>
    public int? Employees { get; init; }

    /// <summary>Current owner user id.</summary>
    public string? OwnerUserId { get; init; }

    /// <summary>Lead source as written in the CRM.</summary>
    public string? LeadSource { get; init; }

    /// <summary>The rejection reason on the lead now (Rejection_Reason__c).</summary>
    public string? CurrentRejectionReason { get; init; }

    /// <summary>The rejection reason in force at <paramref name="atUtc"/>: the last Rejection_Reason__c change at or before it;
    /// when the field's history is not tracked at all, the current reason (the best the export can tell).</summary>
    public string? RejectionReasonAt(DateTime atUtc)
    {
        var tracked = false;
        string? reason = null;
        foreach (var e in Events.Where(e => e.Kind == LeadEventKind.RejectionReasonChanged))
        {
            tracked = true;
            if (e.At <= atUtc)
            {
                reason = string.IsNullOrWhiteSpace(e.Text1) ? null : e.Text1;
            }
        }

        return tracked ? reason : CurrentRejectionReason;
    }

    /// <summary>Events ordered by time, then kind.</summary>
    public List<LeadEvent> Events { get; } = [];
}
