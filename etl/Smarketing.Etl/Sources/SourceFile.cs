namespace Smarketing.Etl.Sources;

/// <summary>One export file of the landing folder and the staging table that mirrors it.</summary>
/// <param name="FileName">File name in the landing folder, e.g. Lead.csv.</param>
/// <param name="StagingTable">stg table, e.g. stg.SalesforceLead.</param>
/// <param name="System">Salesforce or Marketo.</param>
/// <param name="VersionColumn">Column that orders versions of the same record (SystemModstamp); null for immutable rows.</param>
public sealed record SourceFile(string FileName, string StagingTable, string System, string? VersionColumn)
{
    /// <summary>Entity name used in batch counts and watermarks, e.g. Lead.</summary>
    public string EntityName => Path.GetFileNameWithoutExtension(FileName);
}
