namespace Smarketing.Etl.Generation;

/// <summary>Writes Salesforce object rows in the API-field layout of docs/SOURCES.md; one method per kind of row.</summary>
internal sealed partial class SalesforceExport(SourceExportSet files, SalesforceIds ids)
{
    public SalesforceIds Ids { get; } = ids;

    public void WriteUser(SalesRep rep)
    {
        var w = files.Users;
        w.Write(rep.Id);
        w.Write(rep.Name);
        w.Write(rep.Email);
        w.Write(true);
        w.Write(rep.UserRoleId);
        w.Write(rep.ManagerId);
        w.Write(rep.TimeZoneId);
        w.Write(rep.Department);
        w.Write(rep.Title);
        w.WriteSalesforceDateTime(rep.CreatedUtc);
        w.WriteSalesforceDateTime(rep.ModifiedUtc);
        w.EndRow();
    }

    public void WriteCampaign(MarketingCampaign campaign)
    {
        var w = files.Campaigns;
        w.Write(campaign.Id);
        w.Write(campaign.Name);
        w.Write(campaign.Channel.Type);
        w.Write(campaign.Status);
        w.Write(campaign.ParentId);
        w.WriteDate(campaign.Start);
        w.WriteDate(campaign.End);
        w.WriteMoney(campaign.BudgetedCost);
        w.WriteMoney(campaign.ActualCost);
        w.WriteMoney(campaign.ExpectedRevenue);
        w.Write(campaign.IsActive);
        w.Write(campaign.ProgramId);
        w.WriteSalesforceDateTime(campaign.CreatedUtc);
        w.WriteSalesforceDateTime(campaign.ModifiedUtc);
        w.Write(false);
        w.EndRow();
    }

    public void WriteTask(string whoId, string? whatId, SalesRep owner, TaskKind kind, DateTime utc)
    {
        var w = files.Tasks;
        w.Write(Ids.Tasks.Next());
        w.Write(whoId);
        w.Write(whatId);
        w.Write(owner.Id);
        w.Write(kind.Subject);
        w.Write(kind.Subtype);
        w.Write(kind.Type);
        w.Write("Completed");
        w.WriteDate(owner.Calendar.LocalDate(utc));
        w.WriteSalesforceDateTime(utc);
        w.WriteSalesforceDateTime(utc);
        w.Write(false);
        w.EndRow();
    }
}
