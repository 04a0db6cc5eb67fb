using System.Diagnostics;

namespace Smarketing.Generation;

/// <summary>
/// Writes a realistic, repeatable set of CRM and marketing-automation exports (the files of docs/SOURCES.md: thirteen exports
/// and a targets file) for a B2B funnel: reps and campaigns first, then each lead's whole journey streamed straight to the
/// files, so memory stays flat however many leads are asked for (only a few fields of each new-business deal are kept for its
/// buying group, written at the end). The simulation always runs to the end of the period; the files show it as of the extract
/// date, whole or (incrementally) only what changed since an instant.
/// </summary>
public sealed class SampleExportGenerator
{
    /// <summary>Generates the exports into <see cref="GeneratorOptions.OutputDirectory"/>, overwriting files of the same names.</summary>
    /// <param name="options">Where, how many leads, seed and period; the same options always give byte-identical files.</param>
    /// <param name="leadsDone">Receives the number of leads simulated so far, every few hundred leads and at the end.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every problem).</exception>
    public GenerationSummary Generate(GeneratorOptions options, IProgress<int>? leadsDone = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var random = new SeededRandom((ulong)options.Seed);
        var names = new PersonNames(random);
        var fromUtc = options.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var cutoffUtc = options.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = new SalesforceIds();
        var extract = new ExtractWindow(options.ExtractCutoffUtc, options.ChangedSinceUtc);

        IReadOnlyList<GeneratedFile> files;
        using (var exports = new SourceExportSet(options.OutputDirectory))
        {
            var salesforce = new SalesforceExport(exports, ids, extract);
            var roster = new RepRosterBuilder(random, names, ids.Users, fromUtc, cutoffUtc.AddMilliseconds(-1)).Build(options.Leads);
            var campaigns = new CampaignPlanner(random, ids.Campaigns, options.From, options.To, options.Leads).Plan();
            foreach (var rep in roster.All)
            {
                salesforce.WriteUser(rep);
            }

            foreach (var campaign in campaigns)
            {
                salesforce.WriteCampaign(campaign);
            }

            var context = new GenerationContext
            {
                Random = random, Roster = roster, Campaigns = new CampaignCatalog(campaigns), Salesforce = salesforce,
                Marketo = new MarketoExport(exports, options.Seed, cutoffUtc, extract), Prospects = new ProspectFactory(random, names), CutoffUtc = cutoffUtc,
                Extract = extract,
            };
            // The buying groups draw from their own stream, so the journeys' draws (and rows) are the same as without them.
            var groupRandom = new SeededRandom(SeededRandom.Mix((ulong)options.Seed ^ 0x636F6E74616374UL));
            context.BuyingGroups = new BuyingGroups(groupRandom, context, fromUtc);
            var journey = new LeadJourney(context, new ExportQuirks(options.Leads), new LeadArrivals(random, options.From, options.To, options.Leads));
            for (var i = 0; i < options.Leads; i++)
            {
                journey.Run(i);
                if ((i + 1) % 500 == 0)
                {
                    leadsDone?.Report(i + 1);
                }
            }

            context.BuyingGroups.Write();
            // Prospect accounts that never get a deal: their own stream too, appended after every other row.
            var prospectRandom = new SeededRandom(SeededRandom.Mix((ulong)options.Seed ^ 0x70726F7370656374UL));
            if (options.ProspectAccounts)
            {
                new ProspectAccounts(prospectRandom, context, fromUtc).Write();
            }
            new TargetPlan(roster, options).Write(exports.Targets);
            new RepSignInPlan(roster).Write(options.OutputDirectory);
            exports.Dispose();
            files = exports.Describe();
        }

        leadsDone?.Report(options.Leads);
        return new GenerationSummary { Files = files, Leads = options.Leads, Elapsed = stopwatch.Elapsed };
    }
}
