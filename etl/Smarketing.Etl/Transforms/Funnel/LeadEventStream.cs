using System.Data.Common;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>Streams every lead's events from staging in one ordered query, so memory holds one lead at a time.</summary>
public static class LeadEventStream
{
    private const string Leads =
        "SELECT d.SalesforceLeadId AS LeadId, d.CreatedAtUtc AS EventAt, 0 AS EventKind, d.Title AS Text1, d.Industry AS Text2, " +
        "d.OwnerSalesforceUserId AS Text3, d.LeadSource AS Text4, d.NumberOfEmployees AS Number1, d.LeadKey AS Number2, " +
        "d.LastRejectionReason AS Text5 " +
        "FROM dw.DimLead AS d WHERE d.RecordType = 'Lead' AND d.IsDeleted = 0 AND d.LeadKey <> 0 AND d.CreatedAtUtc IS NOT NULL";

    private const string StatusAndOwnerHistory =
        " UNION ALL SELECT h.LeadId, h.CreatedDate, CASE WHEN h.Field = 'Status' THEN 1 WHEN h.Field = 'Owner' THEN 2 ELSE 8 END, h.NewValue, " +
        "h.OldValue, NULL, NULL, NULL, NULL, NULL FROM stg.SalesforceLeadHistory AS h " +
        "WHERE h.Field IN ('Status', 'Owner', 'Rejection_Reason__c') AND (h.IsDeleted IS NULL OR h.IsDeleted = 0)";

    private const string OpportunityHistory =
        " UNION ALL SELECT l.Id, oh.CreatedDate, 3, oh.StageName, oh.OpportunityId, NULL, NULL, NULL, NULL, NULL " +
        "FROM stg.SalesforceLead AS l JOIN stg.SalesforceOpportunityHistory AS oh ON oh.OpportunityId = l.ConvertedOpportunityId " +
        "WHERE (oh.IsDeleted IS NULL OR oh.IsDeleted = 0)";

    private const string Opportunity =
        " UNION ALL SELECT l.Id, o.CreatedDate, 4, o.OwnerId, o.Id, NULL, NULL, NULL, NULL, NULL " +
        "FROM stg.SalesforceLead AS l JOIN stg.SalesforceOpportunity AS o ON o.Id = l.ConvertedOpportunityId WHERE 1 = 1";

    /// <summary>Score changes and Marketo stage changes, read through etl.MarketoLeadMerge so a merged-away id's activities count for
    /// the surviving lead.</summary>
    private const string MarketoActivities =
        " UNION ALL SELECT d.SalesforceLeadId, a.activityDate, 5, a.attributes, CAST(a.activityTypeId AS varchar(10)), NULL, NULL, NULL, NULL, NULL " +
        "FROM dw.DimLead AS d JOIN " + MarketoLeadMerges.Activities + " AS a ON a.survivingLeadId = d.MarketoLeadId " +
        "WHERE d.RecordType = 'Lead' AND a.activityTypeId IN " +
        "(SELECT r.MarketoActivityTypeId FROM prep.MarketoActivityRole AS r WHERE r.ActivityRole IN ('Score', 'Stage'))";

    private const string CampaignMembers =
        " UNION ALL SELECT cm.LeadId, cm.CreatedDate, 6, cm.CampaignId, NULL, NULL, NULL, NULL, NULL, NULL " +
        "FROM stg.SalesforceCampaignMember AS cm WHERE cm.LeadId IS NOT NULL AND (cm.IsDeleted IS NULL OR cm.IsDeleted = 0)";

    private const string LeadTasks =
        " UNION ALL SELECT t.WhoId, t.CreatedDate, 7, t.OwnerId, t.Type, NULL, NULL, NULL, NULL, NULL " +
        "FROM stg.SalesforceTask AS t WHERE (t.IsDeleted IS NULL OR t.IsDeleted = 0)";

    private const string ContactTasks =
        " UNION ALL SELECT l.Id, t.CreatedDate, 7, t.OwnerId, t.Type, NULL, NULL, NULL, NULL, NULL " +
        "FROM stg.SalesforceTask AS t JOIN stg.SalesforceLead AS l ON t.WhoId = l.ConvertedContactId " +
        "WHERE (t.IsDeleted IS NULL OR t.IsDeleted = 0)";

    private const string Order = " ORDER BY LeadId, EventAt, EventKind";

    /// <summary>" IN (the leads listed in etl.RecomputeLead)", appended to each branch's lead id for an incremental batch.</summary>
    private const string Scoped = " IN (SELECT s.SalesforceLeadId FROM etl.RecomputeLead AS s)";

    /// <summary>Every lead's events.</summary>
    internal const string Sql = Leads + StatusAndOwnerHistory + OpportunityHistory + Opportunity + MarketoActivities + CampaignMembers + LeadTasks + ContactTasks + Order;

    /// <summary>The events of the leads in etl.RecomputeLead only.</summary>
    internal const string ScopedSql =
        Leads + " AND d.SalesforceLeadId" + Scoped +
        StatusAndOwnerHistory + " AND h.LeadId" + Scoped +
        OpportunityHistory + " AND l.Id" + Scoped +
        Opportunity + " AND l.Id" + Scoped +
        MarketoActivities + " AND d.SalesforceLeadId" + Scoped +
        CampaignMembers + " AND cm.LeadId" + Scoped +
        LeadTasks + " AND t.WhoId" + Scoped +
        ContactTasks + " AND l.Id" + Scoped +
        Order;

    /// <summary>One <see cref="LeadHistory"/> per live CRM lead (ids without a lead row, e.g. contacts' tasks, are skipped); with
    /// <paramref name="scopedToRecomputeLead"/>, only for the leads listed in etl.RecomputeLead.</summary>
    public static IEnumerable<LeadHistory> Read(IWarehouseLoader loader, bool scopedToRecomputeLead = false)
    {
        using var r = scopedToRecomputeLead ? loader.Read(ScopedSql) : loader.Read(Sql);
        string? currentId = null;
        LeadHistory? lead = null;
        var pending = new List<LeadEvent>();
        while (r.Read())
        {
            var id = r.Str(0);
            if (id is null || r.Instant(1) is not { } at)
            {
                continue;
            }

            if (id != currentId)
            {
                if (Complete(lead, pending) is { } done)
                {
                    yield return done;
                }

                currentId = id;
                lead = null;
                pending.Clear();
            }

            var kind = (LeadEventKind)r.Int(2)!.Value;
            if (kind == LeadEventKind.Created)
            {
                lead = Header(r, id, at);
            }
            else
            {
                pending.Add(new LeadEvent(at, kind, r.Str(3), r.Str(4)));
            }
        }

        if (Complete(lead, pending) is { } last)
        {
            yield return last;
        }
    }

    private static LeadHistory Header(DbDataReader r, string id, DateTime at) => new()
    {
        SalesforceLeadId = id,
        CreatedAtUtc = at,
        Title = r.Str(3),
        Industry = r.Str(4),
        OwnerUserId = r.Str(5),
        LeadSource = r.Str(6),
        Employees = r.Int(7),
        LeadKey = r.Int(8)!.Value,
        CurrentRejectionReason = r.Str(9),
    };

    private static LeadHistory? Complete(LeadHistory? lead, List<LeadEvent> pending)
    {
        if (lead is null)
        {
            return null;
        }

        lead.Events.AddRange(pending);
        return lead;
    }
}
