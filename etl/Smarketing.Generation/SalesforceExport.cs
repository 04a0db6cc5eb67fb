namespace Smarketing.Generation;

/// <summary>
/// Writes Salesforce object rows in the API-field layout of docs/SOURCES.md; one method per kind of row. Ids are handed out for
/// everything simulated, but a row is written only when the extract window includes it, as it stood at the cutoff.
/// </summary>
internal sealed partial class SalesforceExport(SourceExportSet files, SalesforceIds ids, ExtractWindow window)
{
    public SalesforceIds Ids { get; } = ids;

    public void WriteUser(SalesRep rep)
    {
        if (rep.AsOf(window.CutoffUtc) is not { } state || !window.Includes(rep.CreatedUtc, state.ModifiedUtc))
        {
            return;
        }

        var w = files.Users;
        w.Write(rep.Id);
        w.Write(rep.Name);
        w.Write(rep.Email);
        w.Write(true);
        w.Write(state.UserRoleId);
        w.Write(state.ManagerId);
        w.Write(rep.TimeZoneId);
        w.Write(state.Department);
        w.Write(state.Title);
        w.WriteSalesforceDateTime(rep.CreatedUtc);
        w.WriteSalesforceDateTime(state.ModifiedUtc);
        w.EndRow();
    }

    public void WriteCampaign(MarketingCampaign campaign)
    {
        var state = campaign.AsOf(window.Day);
        if (!window.Includes(campaign.CreatedUtc, state.ModifiedUtc))
        {
            return;
        }

        var w = files.Campaigns;
        w.Write(campaign.Id);
        w.Write(campaign.Name);
        w.Write(campaign.Channel.Type);
        w.Write(state.Status);
        w.Write(campaign.ParentId);
        w.WriteDate(campaign.Start);
        w.WriteDate(campaign.End);
        w.WriteMoney(campaign.BudgetedCost);
        w.WriteMoney(state.ActualCost);
        w.WriteMoney(campaign.ExpectedRevenue);
        w.Write(state.IsActive);
        w.Write(campaign.ProgramId);
        w.WriteSalesforceDateTime(campaign.CreatedUtc);
        w.WriteSalesforceDateTime(state.ModifiedUtc);
        w.Write(false);
        w.EndRow();
    }

    public void WriteTask(string whoId, string? whatId, SalesRep owner, TaskKind kind, DateTime utc)
    {
        var id = Ids.Tasks.Next();
        if (!window.Includes(utc))
        {
            return;
        }

        var w = files.Tasks;
        w.Write(id);
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
