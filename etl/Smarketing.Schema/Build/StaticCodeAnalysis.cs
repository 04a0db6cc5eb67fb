using Microsoft.SqlServer.Dac.CodeAnalysis;
using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Build;

/// <summary>Runs DacFx static code analysis (the SRnnnn rules SSDT runs) over the model; findings are build warnings.</summary>
public static class StaticCodeAnalysis
{
    /// <summary>The one place where a code analysis rule is switched off for this warehouse, by short rule id, with the reason.</summary>
    public static IReadOnlyDictionary<string, string> SuppressedRules { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every finding of every enabled rule, except suppressed rules; analysis failures are reported as errors.</summary>
    internal static IReadOnlyList<BuildProblem> Analyze(TSqlModel model)
    {
        var service = new CodeAnalysisServiceFactory().CreateAnalysisService(model);
        service.SetProblemSuppressor(context => SuppressedRules.ContainsKey(context.Rule.ShortRuleId));
        var result = service.Analyze(model);

        var problems = result.GetAllErrors()
            .Select(e => new BuildProblem(BuildSeverity.Error, e.Document ?? "(model)", e.Line, e.Column, $"SCA{e.ErrorCode}", e.Message))
            .ToList();
        problems.AddRange(result.Problems.Select(p => new BuildProblem(
            BuildSeverity.Warning, p.SourceName ?? "(model)", p.StartLine, p.StartColumn, p.ShortRuleId, p.Description)));
        return problems;
    }
}
