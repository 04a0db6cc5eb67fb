namespace Smarketing.Etl.Sources;

/// <summary>One export file of the landing folder and the staging table that mirrors it.</summary>
/// <param name="FileName">File name in the landing folder, e.g. Lead.csv.</param>
/// <param name="StagingTable">stg table, e.g. stg.SalesforceLead.</param>
/// <param name="System">Salesforce, Marketo or Business (files the business maintains).</param>
/// <param name="VersionColumn">Column that orders versions of the same record (SystemModstamp); null for immutable rows.</param>
/// <param name="IsOptional">Only some landing folders carry it (e.g. exchange rates of a multi-currency org); its absence is not worth a note.</param>
/// <param name="Contract">Required columns, essential fields and whether a full extract must hold the file.</param>
public sealed record SourceFile(string FileName, string StagingTable, string System, string? VersionColumn, SourceContract Contract, bool IsOptional = false)
{
    /// <summary>Entity name used in batch counts and watermarks, e.g. Lead.</summary>
    public string EntityName => Path.GetFileNameWithoutExtension(FileName);
}
