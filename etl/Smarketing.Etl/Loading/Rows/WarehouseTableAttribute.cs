namespace Smarketing.Etl.Loading.Rows;

/// <summary>Marks a record as one row of a warehouse table: its public properties are the columns the ETL writes, named exactly as
/// the columns are. <see cref="RowMap{T}"/> maps it; <see cref="RowMapping.Verify"/> checks every such record against the catalog
/// before a batch starts, so a renamed or retyped column fails at start-up with the table and column named, not mid-batch.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WarehouseTableAttribute(string table) : Attribute
{
    /// <summary>The table's two-part name, e.g. <c>dw.FactStageHistory</c>.</summary>
    public string Table { get; } = table;

    /// <summary>True when the rows are only ever appended (e.g. the journal's rejected rows, keyed by an IDENTITY): no upsert
    /// matches them, so the record need not carry a business key.</summary>
    public bool AppendOnly { get; init; }
}
