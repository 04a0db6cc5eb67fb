using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>A row of etl.CompanySizeBand: a configured size band and the employee counts it covers. Property names are the table's
/// columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("etl.CompanySizeBand")]
public sealed record CompanySizeBandRow(int BandNumber, string BandName, int? MinEmployees, int? MaxEmployees, int BatchId);
