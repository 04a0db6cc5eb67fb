namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>One channel's credit under one data-driven model: conversions credited, its share of all credited conversions, and
/// the bootstrap interval of that share (P5 and P95, nearest rank).</summary>
public sealed record DataDrivenCredit(string Model, int Channel, double Conversions, double Share, double ShareLow, double ShareHigh);
