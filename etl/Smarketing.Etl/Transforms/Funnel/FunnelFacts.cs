using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Keys;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>dw.FactStageHistory, dw.FactLeadFunnel and dw.FactSlaClock, built lead by lead from one ordered event stream:
/// timeline (<see cref="StageTimelineBuilder"/>) → cycles (<see cref="FunnelCycle"/>) → clocks (<see cref="SlaClockBuilder"/>).
/// Each table's content is replaced by the recomputation, touching only rows that changed; in an incremental batch only the leads in
/// etl.RecomputeLead are read and replaced (<see cref="Incremental.RecomputeScope"/>).</summary>
public sealed partial class FunnelFacts : ITransform
{
    /// <inheritdoc />
    public string Table => "dw.FactStageHistory, dw.FactLeadFunnel, dw.FactSlaClock";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var loader = context.Loader;
        var keys = new Lookups(
            new StageCatalog(context.Configuration, loader),
            RepKeys.Load(loader),
            CampaignTouches.Load(loader, context.Configuration.CampaignChannels),
            KeyMap.Personas(loader),
            KeyMap.SlaRules(loader));
        var timelines = new StageTimelineBuilder(keys.Stages, TimeSpan.FromHours((double)context.Configuration.MarketoStageToleranceHours));
        var calendars = new BusinessCalendars(context.Configuration);
        var clocks = new SlaClockBuilder(context.Configuration.SlaRules, calendars, (user, at) => keys.Reps.At(user, at).TimeZone, context.AsOfUtc);

        var personas = new Dictionary<(string?, string?, int?), int>();
        var history = loader.TableOf<FactStageHistoryRow>();
        var funnel = loader.TableOf<FactLeadFunnelRow>();
        var sla = loader.TableOf<FactSlaClockRow>();
        EntityCount[] built;
        using (var historyRows = loader.OpenWorkTable<FactStageHistoryRow>())
        using (var funnelRows = loader.OpenWorkTable<FactLeadFunnelRow>())
        using (var clockRows = loader.OpenWorkTable<FactSlaClockRow>())
        {
            foreach (var lead in LeadEventStream.Read(loader, scopedToRecomputeLead: !context.Leads.IsAll))
            {
                var timeline = timelines.Build(lead);
                var persona = PersonaKey(context, keys, personas, lead);
                WriteStageHistory(historyRows, context, keys, calendars, lead, timeline, persona);
                WriteLeadFunnel(funnelRows, context, keys, lead, timeline, persona);
                WriteSlaClocks(clockRows, context, keys, lead, clocks.Build(timeline, lead.Events), persona);
            }

            built = [new EntityCount(history.FullName, historyRows.RowCount, 0, 0, 0, 0), new EntityCount(funnel.FullName, funnelRows.RowCount, 0, 0, 0, 0),
                new EntityCount(sla.FullName, clockRows.RowCount, 0, 0, 0, 0)];
        }

        ReportUnmapped(context, keys.Stages);
        if (timelines.EntriesBeforeCreation is ({ } early and > 0, var examples))
        {
            context.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{early} lead(s) have stage changes dated before the lead was created (e.g. {string.Join(", ", examples)}): " +
                $"they are counted from the creation instant, so the funnel starts at creation with the lead's own owner."));
        }

        var replace = context.Leads.IsAll ? UpsertOptions.Replace : UpsertOptions.ReplaceWithin("etl.RecomputeLead", "LeadKey");
        return built.Select(c =>
        {
            var result = loader.Upsert(loader.Catalog.Table(c.EntityName), replace);
            return c with { RowsInserted = result.Inserted, RowsUpdated = result.Updated, RowsDeleted = result.Deleted };
        }).ToList();
    }

    /// <summary>The persona key of a lead. Classifying runs every persona's title patterns, so the result is kept per (title,
    /// industry, size): leads share few of them. The cache stops growing at <see cref="PersonaCacheSize"/> entries.</summary>
    private static int PersonaKey(TransformContext context, Lookups keys, Dictionary<(string?, string?, int?), int> personas,
        LeadHistory lead)
    {
        var profile = (lead.Title, lead.Industry, lead.Employees);
        if (!personas.TryGetValue(profile, out var key))
        {
            key = keys.Personas[context.Personas.Classify(lead.Title, lead.Industry, lead.Employees)];
            if (personas.Count < PersonaCacheSize)
            {
                personas[profile] = key;
            }
        }

        return key;
    }

    private const int PersonaCacheSize = 50_000;

    private static void ReportUnmapped(TransformContext context, StageCatalog stages)
    {
        foreach (var ((field, value), (count, examples)) in stages.UnmappedValues.OrderByDescending(u => u.Value.Count))
        {
            context.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{field} value '{value}' has no stage mapping: {count} entr{(count == 1 ? "y" : "ies")} kept on the Unmapped stage (e.g. lead {string.Join(", ", examples)}). Map it in funnel.json."));
        }
    }

    /// <summary>Key lookups shared by the three facts.</summary>
    private sealed record Lookups(StageCatalog Stages, RepKeys Reps, CampaignTouches Campaigns, KeyMap Personas, KeyMap SlaRules);
}
