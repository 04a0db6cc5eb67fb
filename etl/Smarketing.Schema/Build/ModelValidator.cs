using System.Collections;
using System.Reflection;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Build;

/// <summary>Validates the model (unresolved references, type and constraint errors) and locates each problem in its file.</summary>
/// <remarks>
/// The public <see cref="TSqlModel.Validate"/> returns messages without file positions. DacFx keeps the positions on its internal
/// validation errors (this is also how MSBuild.Sdk.SqlProj reports them), so they are read by reflection; should a future DacFx
/// change those internals, the public messages are used instead, located at the start of the element they name.
/// </remarks>
internal static class ModelValidator
{
    private const string InternalPathPrefix = "::";

    public static IReadOnlyList<BuildProblem> Validate(TSqlModel model) =>
        TryValidateWithPositions(model) ?? ValidateWithElementPositions(model);

    private static List<BuildProblem>? TryValidateWithPositions(TSqlModel model)
    {
        var service = typeof(TSqlModel).GetField("_service", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(model);
        var method = service?.GetType().GetMethod("GetModelValidationErrors", BindingFlags.NonPublic | BindingFlags.Instance);
        if (method is null || method.Invoke(service, [Array.Empty<string>()]) is not IEnumerable errors)
        {
            return null;
        }

        var problems = new List<BuildProblem>();
        foreach (var error in errors)
        {
            string? Text(string name) => error.GetType().GetProperty(name)?.GetValue(error)?.ToString();
            int Number(string name) => error.GetType().GetProperty(name)?.GetValue(error) is int value ? value : 0;
            var document = Text("Document") ?? string.Empty;
            var file = document.Contains(InternalPathPrefix, StringComparison.Ordinal)
                ? document[(document.IndexOf(InternalPathPrefix, StringComparison.Ordinal) + InternalPathPrefix.Length)..]
                : document;
            var severity = Text("Severity") == "Error" ? BuildSeverity.Error : BuildSeverity.Warning;
            problems.Add(new BuildProblem(severity, file, Number("Line"), Number("Column"), $"{Text("Prefix")}{Number("ErrorCode")}", Text("Message") ?? string.Empty));
        }

        return problems;
    }

    private static List<BuildProblem> ValidateWithElementPositions(TSqlModel model)
    {
        var elements = model.GetObjects(DacQueryScopes.UserDefined)
            .SelectMany(o => o.GetChildren(DacQueryScopes.UserDefined).Prepend(o))
            .GroupBy(o => o.Name.ToString(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var problems = new List<BuildProblem>();
        foreach (var message in model.Validate())
        {
            var name = ElementName(message.Message);
            var source = name is not null && elements.TryGetValue(name, out var element) ? element.GetSourceInformation() : null;
            var severity = message.MessageType == DacMessageType.Error ? BuildSeverity.Error : BuildSeverity.Warning;
            problems.Add(new BuildProblem(severity, source?.SourceName ?? "(model)", source?.StartLine ?? 0, source?.StartColumn ?? 0,
                $"{message.Prefix}{message.Number}", message.Message));
        }

        return problems;
    }

    /// <summary>The element in "Error validating element [dw].[V]: …", or null.</summary>
    private static string? ElementName(string message)
    {
        const string marker = "element ";
        var start = message.IndexOf(marker, StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf("]:", start, StringComparison.Ordinal);
        return end < 0 ? null : message[(start + marker.Length)..(end + 1)];
    }
}
