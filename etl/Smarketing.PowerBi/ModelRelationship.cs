namespace Smarketing.PowerBi;

/// <summary>One relationship of the model: the many side (<see cref="FromTable"/>) filtered by the one side (<see cref="ToTable"/>).</summary>
/// <param name="Node">The TMDL object, for messages.</param>
/// <param name="FromTable">Table on the many side.</param>
/// <param name="FromColumn">Its column.</param>
/// <param name="ToTable">Table on the one side.</param>
/// <param name="ToColumn">Its column.</param>
/// <param name="IsActive">False when declared <c>isActive: false</c>: used only by measures that call USERELATIONSHIP.</param>
public sealed record ModelRelationship(TmdlNode Node, string FromTable, string FromColumn, string ToTable, string ToColumn, bool IsActive)
{
    /// <summary>True when this relationship joins the two columns, in either order.</summary>
    public bool Joins(string tableA, string columnA, string tableB, string columnB) =>
        (FromTable == tableA && FromColumn == columnA && ToTable == tableB && ToColumn == columnB)
        || (FromTable == tableB && FromColumn == columnB && ToTable == tableA && ToColumn == columnA);
}
