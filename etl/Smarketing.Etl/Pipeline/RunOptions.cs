namespace Smarketing.Etl.Pipeline;

/// <summary>What one ETL run loads and how strict it is.</summary>
/// <param name="SourceDirectory">Landing folder with the export files.</param>
/// <param name="AsOfUtc">The batch's as-of instant; null = the newest timestamp found in the staged sources.</param>
/// <param name="MaxRejectPercent">Per entity, the share of rejected rows (0–100) above which the batch fails without committing.</param>
public sealed record RunOptions(string SourceDirectory, DateTime? AsOfUtc = null, double MaxRejectPercent = 5.0);
