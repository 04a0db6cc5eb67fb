using Dapper;
using DuckDB.NET.Data;

namespace Smarketing.Etl.Tests.Cli.InputContract;

/// <summary>Reads what a test needs from a warehouse file: a fingerprint of the loaded tables, the last batch and its rejects.</summary>
internal static class WarehouseState
{
    /// <summary>The tables whose content must not move when a batch is refused: staging and the facts a bad export used to wipe.</summary>
    private static readonly string[] Tables =
    [
        "stg.SalesforceLead", "stg.SalesforceOpportunity", "stg.SalesforceUser", "stg.SalesforceTask", "stg.SalesforceLeadHistory",
        "dw.DimLead", "dw.DimDate", "dw.FactStageHistory", "dw.FactLeadFunnel", "dw.FactSlaClock", "dw.FactOpportunity",
    ];

    public static DuckDBConnection Open(string database)
    {
        var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        return db;
    }

    /// <summary>Per table: row count and an MD5 of every row's text, sorted.</summary>
    public static Dictionary<string, string> Fingerprint(string database)
    {
        using var db = Open(database);
        return Tables.ToDictionary(t => t, t => db.ExecuteScalar<string>(
            $"SELECT count(*) || ':' || coalesce(md5(string_agg(CAST(x AS VARCHAR), '|' ORDER BY CAST(x AS VARCHAR))), '') FROM {t} AS x")!);
    }

    public static long Count(string database, string sql)
    {
        using var db = Open(database);
        return db.ExecuteScalar<long>(sql);
    }

    public static (int BatchId, string Status, int ExitCode, string? Message, string? Notes, string Mode) LastBatch(string database)
    {
        using var db = Open(database);
        return db.QuerySingle<(int, string, int, string?, string?, string)>(
            "SELECT BatchId, Status, ExitCode, Message, Notes, Mode FROM etl.BatchRun ORDER BY BatchId DESC LIMIT 1");
    }

    public static List<RejectRecord> Rejects(string database, int batchId)
    {
        using var db = Open(database);
        return db.Query<RejectRecord>(
            "SELECT SourceFile, LineNumber, LastLineNumber, FieldName, Reason, Action, RawText, RawTextLength FROM etl.RejectedRow " +
            $"WHERE BatchId = {batchId} ORDER BY SourceFile, LineNumber, FieldName").ToList();
    }

    /// <summary>Ids of the rows this batch staged into <paramref name="table"/>.</summary>
    public static HashSet<string> StagedIds(string database, string table, int batchId)
    {
        using var db = Open(database);
        return db.Query<string>($"SELECT Id FROM {table} WHERE BatchId = {batchId}").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Physical lines of <paramref name="file"/> that this batch staged (its SourceLine values).</summary>
    public static HashSet<long> StagedLines(string database, string table, int batchId)
    {
        using var db = Open(database);
        return db.Query<long>($"SELECT SourceLine FROM {table} WHERE BatchId = {batchId}").ToHashSet();
    }
}

/// <summary>One etl.RejectedRow as read back.</summary>
internal sealed record RejectRecord(string SourceFile, int LineNumber, int? LastLineNumber, string? FieldName, string Reason, string? Action,
    string? RawText, int? RawTextLength);
