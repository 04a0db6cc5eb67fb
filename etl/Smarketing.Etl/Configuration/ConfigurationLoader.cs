using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smarketing.Etl.Configuration;

/// <summary>Reads the funnel configuration (a file, or the shipped default) and validates it before any work starts.</summary>
public static class ConfigurationLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The shipped default configuration (config/funnel.json), as text.</summary>
    public static string DefaultText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("funnel.json")
            ?? throw new InvalidOperationException("The default funnel configuration is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads <paramref name="path"/>, or the shipped default when null.</summary>
    public static LoadedConfiguration Load(string? path)
    {
        var source = path is null ? "funnel.json (default)" : Path.GetFileName(path);
        string text;
        try
        {
            text = path is null ? DefaultText() : File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ConfigurationException(source, [$"cannot be read: {e.Message}"]);
        }

        return Parse(text, source);
    }

    /// <summary>Parses and validates configuration text; <paramref name="source"/> names it in messages.</summary>
    public static LoadedConfiguration Parse(string text, string source)
    {
        FunnelConfiguration? configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<FunnelConfiguration>(text, Options);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $"{e.Path.TrimStart('$', '.')} ";
            throw new ConfigurationException(source, [$"{where}(line {e.LineNumber + 1}): {e.Message.Split(" Path:")[0]}"]);
        }

        if (configuration is null)
        {
            throw new ConfigurationException(source, ["the file is empty"]);
        }

        var problems = ConfigurationValidator.Validate(configuration);
        if (problems.Count > 0)
        {
            throw new ConfigurationException(source, problems);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new LoadedConfiguration(configuration, source, text, hash);
    }
}
