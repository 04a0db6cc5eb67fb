namespace Smarketing.Etl.Configuration;

/// <summary>A validated configuration with the exact text it came from (stored per batch in etl.ConfigSnapshot).</summary>
public sealed record LoadedConfiguration(FunnelConfiguration Value, string Source, string Text, string Sha256);
