namespace Smarketing.Etl.Sources.Mapping;

/// <summary>One source value cannot be mapped; becomes a <see cref="MappingReject"/> for its row.</summary>
public sealed class MappingRowException : Exception
{
    /// <summary>Creates the exception for <paramref name="value"/> of source column <paramref name="column"/>.</summary>
    public MappingRowException(string? column, string? value, string reason) : base(reason)
    {
        Column = column;
        Value = value;
    }

    /// <summary>Creates the exception.</summary>
    public MappingRowException() { }

    /// <summary>Creates the exception.</summary>
    public MappingRowException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public MappingRowException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Source column at fault.</summary>
    public string? Column { get; }

    /// <summary>The offending value.</summary>
    public string? Value { get; }
}
