using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Reads a mapping file (or a shipped preset by name) and validates it before any row is read.</summary>
public static class MappingLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The presets shipped inside the assembly (presets/*.mapping.json), by name.</summary>
    public static IReadOnlyList<string> Presets { get; } =
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.EndsWith(".mapping.json", StringComparison.Ordinal)).Select(n => n[..^".mapping.json".Length]).Order().ToList();

    /// <summary>Loads <paramref name="pathOrPreset"/>: a preset name (e.g. <c>hubspot</c>) or a mapping file path.</summary>
    public static SourceMapping Load(string pathOrPreset)
    {
        if (Presets.Contains(pathOrPreset, StringComparer.OrdinalIgnoreCase))
        {
            return Parse(PresetText(pathOrPreset), $"{pathOrPreset.ToLowerInvariant()}.mapping.json (preset)");
        }

        var source = Path.GetFileName(pathOrPreset);
        try
        {
            return Parse(File.ReadAllText(pathOrPreset), source);
        }
        catch (IOException e)
        {
            throw new MappingException(source, [$"cannot be read: {e.Message} (presets: {string.Join(", ", Presets)})"]);
        }
    }

    /// <summary>The text of a shipped preset.</summary>
    public static string PresetText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"{name.ToLowerInvariant()}.mapping.json")
            ?? throw new MappingException(name, [$"is not a preset (presets: {string.Join(", ", Presets)})"]);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses and validates mapping text; <paramref name="source"/> names it in messages.</summary>
    public static SourceMapping Parse(string text, string source)
    {
        SourceMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<SourceMapping>(text, Options);
        }
        catch (JsonException e)
        {
            var path = e is NestedJsonException nested ? e.Path + nested.InnerPath?.TrimStart('$') : e.Path;
            var line = (e.LineNumber ?? 0) + ((e as NestedJsonException)?.InnerLine ?? 0);
            var where = string.IsNullOrEmpty(path) ? "" : $"{path.TrimStart('$', '.')} ";
            var message = e.Message.Split(" Path:")[0];
            if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) && message.Split('\'') is { Length: > 2 } parts)
            {
                message = $"'{parts[1]}' is not a known property (see docs/MAPPING.md)";
            }

            throw new MappingException(source, [$"{where}(line {line + 1}): {message}"]);
        }

        if (mapping is null)
        {
            throw new MappingException(source, ["the file is empty"]);
        }

        var problems = MappingValidator.Validate(mapping);
        if (problems.Count > 0)
        {
            throw new MappingException(source, problems);
        }

        return mapping;
    }
}
