using System.Globalization;
using System.Text.RegularExpressions;

namespace Smarketing.Etl.Configuration;

/// <summary>Checks a configuration and lists every problem as <c>path: what is wrong (allowed: …)</c>.</summary>
public static partial class ConfigurationValidator
{
    /// <summary>All problems; empty when the configuration is valid.</summary>
    public static IReadOnlyList<string> Validate(FunnelConfiguration c)
    {
        var problems = new List<string>();
        if (c.FiscalYearStartMonth is < 1 or > 12)
        {
            problems.Add($"fiscalYearStartMonth: {c.FiscalYearStartMonth} is not a month (allowed: 1–12)");
        }

        ValidateStages(c, problems);
        ValidatePersonas(c, problems);
        ValidateSizeBands(c, problems);
        ValidateCalendars(c, problems);
        ValidateMappings(c, problems);
        ValidateSlaRules(c, problems);
        ValidateScoreBands(c, problems);
        ValidateRevenue(c, problems);
        ValidateAttribution(c, problems);
        ValidateLifetimeValue(c, problems);
        ValidateAccounts(c, problems);
        ValidateInputRules(c.InputRules, problems);
        return problems;
    }

    private static void ValidateStages(FunnelConfiguration c, List<string> problems)
    {
        if (c.Stages.Count == 0)
        {
            problems.Add("stages: at least one stage is required");
        }

        for (var i = 0; i < c.Stages.Count; i++)
        {
            var s = c.Stages[i];
            var path = $"stages[{i}]";
            Required(problems, $"{path}.name", s.Name);
            if (!StageDefinition.OwnerTeams.Contains(s.OwnerTeam))
            {
                problems.Add($"{path}.ownerTeam: '{s.OwnerTeam}' is not one of {string.Join(", ", StageDefinition.OwnerTeams)}");
            }

            if (!StageDefinition.Categories.Contains(s.Category))
            {
                problems.Add($"{path}.category: '{s.Category}' is not one of {string.Join(", ", StageDefinition.Categories)}");
            }
        }

        Duplicates(problems, "stages", c.Stages.Select(s => s.Name));
    }

    private static void ValidatePersonas(FunnelConfiguration c, List<string> problems)
    {
        for (var i = 0; i < c.Personas.Count; i++)
        {
            var p = c.Personas[i];
            Required(problems, $"personas[{i}].name", p.Name);
            for (var j = 0; j < p.TitlePatterns.Count; j++)
            {
                try
                {
                    _ = new Regex(p.TitlePatterns[j], RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    problems.Add($"personas[{i}].titlePatterns[{j}]: '{p.TitlePatterns[j]}' is not a valid regular expression ({e.Message})");
                }
            }

            if (p.MinEmployees > p.MaxEmployees)
            {
                problems.Add($"personas[{i}]: minEmployees {p.MinEmployees} is greater than maxEmployees {p.MaxEmployees}");
            }
        }

        Duplicates(problems, "personas", c.Personas.Select(p => p.Name));
    }

    private static void ValidateSizeBands(FunnelConfiguration c, List<string> problems)
    {
        for (var i = 0; i < c.CompanySizeBands.Count; i++)
        {
            var band = c.CompanySizeBands[i];
            Required(problems, $"companySizeBands[{i}].name", band.Name);
            var isLast = i == c.CompanySizeBands.Count - 1;
            if (band.MaxEmployees is null && !isLast)
            {
                problems.Add($"companySizeBands[{i}].maxEmployees: only the last band may omit maxEmployees");
            }

            if (i > 0 && band.MaxEmployees <= c.CompanySizeBands[i - 1].MaxEmployees)
            {
                problems.Add($"companySizeBands[{i}].maxEmployees: {band.MaxEmployees} must be greater than the previous band's {c.CompanySizeBands[i - 1].MaxEmployees}");
            }
        }
    }

    private static void ValidateCalendars(FunnelConfiguration c, List<string> problems)
    {
        for (var i = 0; i < c.Calendars.Count; i++)
        {
            var cal = c.Calendars[i];
            var path = $"calendars[{i}]";
            Required(problems, $"{path}.name", cal.Name);
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(cal.TimeZone, out _))
            {
                problems.Add($"{path}.timeZone: '{cal.TimeZone}' is not an IANA time zone id (e.g. America/New_York, Europe/London)");
            }

            var start = ParseTime(problems, $"{path}.workStart", cal.WorkStart);
            var end = ParseTime(problems, $"{path}.workEnd", cal.WorkEnd);
            if (start is not null && end is not null && start >= end)
            {
                problems.Add($"{path}: workStart {cal.WorkStart} must be before workEnd {cal.WorkEnd}");
            }

            if (cal.WorkingDays.Count == 0)
            {
                problems.Add($"{path}.workingDays: at least one working day is required (Monday … Sunday)");
            }
        }

        Duplicates(problems, "calendars", c.Calendars.Select(x => x.Name));
        if (!c.Calendars.Any(x => x.Name == c.DefaultCalendar))
        {
            problems.Add($"defaultCalendar: '{c.DefaultCalendar}' is not one of the calendars ({string.Join(", ", c.Calendars.Select(x => x.Name))})");
        }
    }

    private static void ValidateMappings(FunnelConfiguration c, List<string> problems)
    {
        var stages = c.Stages.Select(s => s.Name).ToList();
        foreach (var (field, map) in new[] { ("leadStatus", c.Mappings.LeadStatus), ("opportunityStage", c.Mappings.OpportunityStage), ("marketoStage", c.Mappings.MarketoStage) })
        {
            foreach (var (value, stage) in map.Where(m => m.Value is not null && !stages.Contains(m.Value)))
            {
                problems.Add($"mappings.{field}['{value}']: '{stage}' is not a configured stage ({string.Join(", ", stages)}; or null for 'not a stage change')");
            }
        }

        if (c.MarketoStageToleranceHours < 0)
        {
            problems.Add($"marketoStageToleranceHours: {c.MarketoStageToleranceHours} must not be negative");
        }
    }

    private static void ValidateSlaRules(FunnelConfiguration c, List<string> problems)
    {
        var stages = c.Stages.Select(s => s.Name).ToList();
        var calendars = c.Calendars.Select(x => x.Name).Prepend(SlaRuleDefinition.OwnerCalendar).ToList();
        for (var i = 0; i < c.SlaRules.Count; i++)
        {
            var rule = c.SlaRules[i];
            var path = $"slaRules[{i}]";
            Required(problems, $"{path}.name", rule.Name);
            if (!stages.Contains(rule.StartStage))
            {
                problems.Add($"{path}.startStage: '{rule.StartStage}' is not a configured stage ({string.Join(", ", stages)})");
            }

            for (var j = 0; j < rule.StopStages.Count; j++)
            {
                if (!stages.Contains(rule.StopStages[j]))
                {
                    problems.Add($"{path}.stopStages[{j}]: '{rule.StopStages[j]}' is not a configured stage ({string.Join(", ", stages)})");
                }
            }

            if (rule.Role is not null && !SlaRuleDefinition.Roles.Contains(rule.Role))
            {
                problems.Add($"{path}.role: '{rule.Role}' is not one of {string.Join(", ", SlaRuleDefinition.Roles)}");
            }

            if (rule.Role == SlaRuleDefinition.SpeedToLeadRole && rule.StopEvent != SlaRuleDefinition.FirstSalesTouch)
            {
                problems.Add($"{path}.role: a {SlaRuleDefinition.SpeedToLeadRole} rule stops at stopEvent " +
                             SlaRuleDefinition.FirstSalesTouch);
            }

            var teams = StageDefinition.OwnerTeams;
            if (rule.StopAtLaterStagesOf is { } team && (!teams.Contains(team) || rule.StopEvent is not null))
            {
                problems.Add($"{path}.stopAtLaterStagesOf: '{team}' must be one of {string.Join(", ", teams)}, on a rule with stopStages");
            }

            if (rule.StopEvent is not null && rule.StopEvent != SlaRuleDefinition.FirstSalesTouch)
            {
                problems.Add($"{path}.stopEvent: '{rule.StopEvent}' is not one of {SlaRuleDefinition.FirstSalesTouch}");
            }

            if ((rule.StopStages.Count == 0) == (rule.StopEvent is null))
            {
                problems.Add($"{path}: give either stopStages or stopEvent, not both or neither");
            }

            if (rule.TargetBusinessHours <= 0)
            {
                problems.Add($"{path}.targetBusinessHours: {rule.TargetBusinessHours} must be greater than 0");
            }

            if (!calendars.Contains(rule.Calendar))
            {
                problems.Add($"{path}.calendar: '{rule.Calendar}' is not one of {string.Join(", ", calendars)}");
            }
        }

        Duplicates(problems, "slaRules", c.SlaRules.Select(r => r.Name));
        Duplicates(problems, "slaRules[].role", c.SlaRules.Select(r => r.Role).OfType<string>());
        if (c.SlaExceptionWindowDays < 1)
        {
            problems.Add($"slaExceptionWindowDays: {c.SlaExceptionWindowDays} must be at least 1");
        }
    }

    private static void ValidateScoreBands(FunnelConfiguration c, List<string> problems)
    {
        for (var i = 1; i < c.ScoreBands.Count; i++)
        {
            if (c.ScoreBands[i].MinScore <= c.ScoreBands[i - 1].MinScore)
            {
                problems.Add($"scoreBands[{i}].minScore: {c.ScoreBands[i].MinScore} must be greater than the previous band's {c.ScoreBands[i - 1].MinScore}");
            }
        }

        Duplicates(problems, "scoreBands", c.ScoreBands.Select(b => b.Name));
    }

    private static TimeOnly? ParseTime(List<string> problems, string path, string value)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t;
        }

        problems.Add($"{path}: '{value}' is not a time of day (expected HH:mm, e.g. 09:00)");
        return null;
    }

    private static void Required(List<string> problems, string path, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{path}: is required");
        }
    }

    private static void Duplicates(List<string> problems, string path, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{path}: '{name.Key}' is defined {name.Count()} times; names must be unique");
        }
    }
}
