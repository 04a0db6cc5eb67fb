using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>A row of etl.CountryRegion: a configured country name, upper-cased, and its sales region. Property names are the
/// table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.CountryRegion")]
public sealed record CountryRegionRow(string CountryKey, string Region, int BatchId);
