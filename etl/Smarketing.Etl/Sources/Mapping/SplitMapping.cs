namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A multi-valued cell: the row is repeated once per value, the column reading as that one value each time.</summary>
public sealed class SplitMapping
{
    /// <summary>Source column holding several values.</summary>
    public string Column { get; set; } = "";

    /// <summary>Separator between the values; default <c>;</c>.</summary>
    public string Separator { get; set; } = ";";
}
