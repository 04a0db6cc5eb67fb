using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>Streams every staged opportunity with its history in one query ordered by opportunity, so memory holds one at a time.</summary>
public static class OpportunityStream
{
    private const string Sql =
        "SELECT o.Id, o.AccountId, o.Name, o.StageName, o.Amount, o.CurrencyIsoCode, o.Probability, o.CloseDate, o.Type, o.LeadSource, " +
        "o.CampaignId, o.OwnerId, o.IsClosed, o.IsWon, o.ForecastCategory, o.CreatedDate, o.IsDeleted, COALESCE(l.LeadKey, 0) AS LeadKey, " +
        "h.CreatedDate AS HistoryAt, h.StageName AS HistoryStage, h.Amount AS HistoryAmount, h.CloseDate AS HistoryCloseDate, " +
        "h.Probability AS HistoryProbability, h.ForecastCategory AS HistoryForecast " +
        "FROM stg.SalesforceOpportunity AS o " +
        "LEFT JOIN (SELECT SalesforceOpportunityId, MIN(LeadKey) AS LeadKey FROM dw.DimLead WHERE RecordType = 'Lead' AND LeadKey <> 0 " +
        "           AND SalesforceOpportunityId IS NOT NULL GROUP BY SalesforceOpportunityId) AS l ON l.SalesforceOpportunityId = o.Id " +
        "LEFT JOIN stg.SalesforceOpportunityHistory AS h ON h.OpportunityId = o.Id AND (h.IsDeleted IS NULL OR h.IsDeleted = 0) AND h.CreatedDate IS NOT NULL " +
        "WHERE o.CreatedDate IS NOT NULL " +
        "ORDER BY o.Id, h.CreatedDate, h.Id";

    /// <summary>One record per opportunity with a creation date, history attached.</summary>
    public static IEnumerable<OpportunityRecord> Read(IWarehouseLoader loader)
    {
        using var r = loader.Read(Sql);
        OpportunityRecord? current = null;
        while (r.Read())
        {
            var id = r.Str(0)!;
            if (current?.Id != id)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new OpportunityRecord
                {
                    Id = id, AccountId = r.Str(1), Name = r.Str(2), StageName = r.Str(3), Amount = r.Dec(4), CurrencyIsoCode = r.Str(5)?.Trim(),
                    Probability = r.Int(6), CloseDate = r.Date(7), Type = r.Str(8), LeadSource = r.Str(9), CampaignId = r.Str(10), OwnerId = r.Str(11),
                    IsClosed = r.Bool(12) ?? false, IsWon = r.Bool(13) ?? false, ForecastCategory = r.Str(14), CreatedAtUtc = r.Instant(15)!.Value,
                    IsDeleted = r.Bool(16) ?? false, LeadKey = r.Int(17) ?? 0,
                };
            }

            if (r.Instant(18) is { } at)
            {
                current.History.Add(new OpportunityHistoryRow(at, r.Str(19), r.Dec(20), r.Date(21), r.Int(22), r.Str(23)));
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
