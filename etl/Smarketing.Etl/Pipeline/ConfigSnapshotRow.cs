using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Pipeline;

/// <summary>A row of etl.ConfigSnapshot: the configuration and the transforms' build a batch ran with, so a later batch can tell
/// whether every lead must be rebuilt, and the attribution contact mode it used (explicit even when the file leaves the default).
/// Property names are the table's columns (<see cref="RowMapping"/> checks them).</summary>
[WarehouseTable("etl.ConfigSnapshot")]
public sealed record ConfigSnapshotRow(
    int BatchId, string ConfigName, string ContentSha256, string Content, string? TransformBuild, string? AttributionContactMode);
