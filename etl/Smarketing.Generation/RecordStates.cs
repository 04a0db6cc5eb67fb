namespace Smarketing.Generation;

/// <summary>The Lead.csv fields that change during a lead's life, as they stood after one change.</summary>
internal readonly record struct LeadState(
    string Status, string OwnerId, int Score, bool IsConverted, DateOnly? ConvertedDate, string? ConvertedAccountId, string? ConvertedContactId,
    string? ConvertedOpportunityId, string? RejectionReason, string? MasterRecordId, bool IsDeleted, DateTime LastModifiedUtc)
{
    /// <summary>Hot, Warm or Cold from the score (Hot once sales works it).</summary>
    public string Rating => Status is LeadStatus.SalesAccepted or LeadStatus.SalesQualified or LeadStatus.Converted || Score >= 80
        ? "Hot"
        : Score >= 40 ? "Warm" : "Cold";
}

/// <summary>The MarketoLeads.csv fields that change: the score, the CRM record it syncs to, and the last time Marketo saw the person.</summary>
internal readonly record struct MarketoLeadState(int Score, bool IsConverted, string? ContactId, DateTime UpdatedUtc);

/// <summary>A CampaignMember row's changing fields (the contact id and deletion follow the lead).</summary>
internal readonly record struct MemberState(string Status, DateOnly? FirstResponded, string? ContactId, bool IsDeleted, DateTime ModifiedUtc);

/// <summary>An Opportunity row's changing fields.</summary>
internal readonly record struct OpportunityState(OpportunityStage Stage, decimal Amount, DateOnly CloseDate, DateTime ModifiedUtc);

/// <summary>An Account row's changing fields.</summary>
internal readonly record struct AccountState(string Type, DateTime ModifiedUtc);

/// <summary>A User row's changing fields (a promotion moves the user to another team).</summary>
internal readonly record struct UserState(string Department, string Title, string? UserRoleId, string? ManagerId, DateTime ModifiedUtc);

/// <summary>A Campaign row's changing fields.</summary>
internal readonly record struct CampaignState(string Status, decimal? ActualCost, DateTime ModifiedUtc)
{
    public bool IsActive => Status is "In Progress" or "Planned";
}
