namespace Smarketing.Etl.Loading;

/// <summary>The batch journal's statements (etl.BatchRun, etl.BatchEntityCount), written once for every engine: each value is a
/// parameter named after the column it feeds, in the dialect's syntax (<c>$started</c>, <c>@started</c>).</summary>
public sealed class BatchJournalSql
{
    private BatchJournalSql(ISqlDialect dialect)
    {
        string P(string name) => dialect.Parameter(name);
        string Q(string identifier) => dialect.Quote(identifier);
        var batchRun = $"{Q("etl")}.{Q("BatchRun")}";
        var entityCount = $"{Q("etl")}.{Q("BatchEntityCount")}";
        AbandonRunning = $"UPDATE {batchRun} SET {Q("Status")} = 'Abandoned' WHERE {Q("Status")} = 'Running';";
        InsertBatchRun = dialect.InsertReturning(batchRun, ["StartedAtUtc", "Status", "AsOfUtc", "Engine", "Mode", "SourcePath", "Host"],
            [P("started"), "'Running'", P("asOf"), P("engine"), P("mode"), P("source"), P("host")], "BatchId");
        FinishBatchRun =
            $"UPDATE {batchRun} SET {Q("FinishedAtUtc")} = {P("finished")}, {Q("Status")} = {P("status")}, " +
            $"{Q("ExitCode")} = {P("exitCode")}, {Q("Message")} = {P("message")}, {Q("AsOfUtc")} = {P("asOf")},\n" +
            $"    {Q("Notes")} = {P("notes")}\nWHERE {Q("BatchId")} = {P("batchId")};";
        string[] counts = ["BatchId", "EntityName", "RowsRead", "RowsInserted", "RowsUpdated", "RowsDeleted", "RowsRejected"];
        InsertEntityCount =
            $"INSERT INTO {entityCount} ({string.Join(", ", counts.Select(Q))})\n" +
            $"VALUES ({string.Join(", ", new[] { "batchId", "name", "read", "inserted", "updated", "deleted", "rejected" }.Select(P))});";
    }

    /// <summary>The journal in <paramref name="dialect"/>.</summary>
    public static BatchJournalSql For(ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return new BatchJournalSql(dialect);
    }

    /// <summary>Batches still Running when a new one starts belong to processes that died.</summary>
    public string AbandonRunning { get; }

    /// <summary>Records a new batch and returns its id.</summary>
    public string InsertBatchRun { get; }

    /// <summary>Records how a batch ended.</summary>
    public string FinishBatchRun { get; }

    /// <summary>One entity's counts for a batch.</summary>
    public string InsertEntityCount { get; }
}
