using System.Text.Json;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A JSON error inside a nested value, with its path and line relative to that value (the serializer adds the
/// outer path and line as it unwinds).</summary>
public sealed class NestedJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    public NestedJsonException(string message, string? innerPath, long innerLine, Exception inner) : base(message, inner)
    {
        InnerPath = innerPath;
        InnerLine = innerLine;
    }

    /// <summary>Creates the exception.</summary>
    public NestedJsonException() { }

    /// <summary>Creates the exception.</summary>
    public NestedJsonException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public NestedJsonException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Path inside the nested value, e.g. <c>$[1].colums</c>.</summary>
    public string? InnerPath { get; }

    /// <summary>Zero-based line inside the nested value.</summary>
    public long InnerLine { get; }
}
