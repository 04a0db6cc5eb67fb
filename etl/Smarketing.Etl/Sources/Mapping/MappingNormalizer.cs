namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Applies a mapping to a foreign export folder and writes the canonical landing files of docs/SOURCES.md, which the
/// unchanged pipeline then loads. Every source record is accounted for: mapped, merged into a row of the same id, empty (with
/// a reason) or rejected (written nowhere, with file, line, column and value).</summary>
public static partial class MappingNormalizer
{
    /// <summary>Maps <paramref name="sourceDirectory"/> into <paramref name="outputDirectory"/> (created if needed). Throws
    /// <see cref="MappingException"/> listing every missing file and source column before anything is written. A mapping names
    /// files inside the export folder only (no absolute path, no <c>..</c>): a mapping is configuration that may come from
    /// elsewhere, and must not make the ETL read other files on the machine, unless
    /// <paramref name="allowOutsideSource"/>.</summary>
    public static NormalizationResult Normalize(SourceMapping mapping, string sourceDirectory, string outputDirectory,
        bool allowOutsideSource = false)
    {
        var tables = OpenTables(mapping, sourceDirectory, allowOutsideSource);
        var state = new MappingState(tables);
        var mapper = new RowMapper(state.Lookup);
        var outcomes = new List<EntityOutcome>();
        foreach (var (entity, sources) in mapping.Entities())
        {
            if (sources.Count == 0)
            {
                outcomes.Add(new EntityOutcome(entity, null));
                continue;
            }

            foreach (var source in sources)
            {
                var outcome = new EntityOutcome(entity, source.Mapping.File, source.Path);
                outcomes.Add(outcome);
                if (!tables.TryGetValue(source.Mapping.File, out var table))
                {
                    outcome.Notes.Add(
                        $"{source.Path}: {source.Mapping.File} is not in the export folder; the entity is optional and was " +
                        "skipped");
                    continue;
                }

                var rows = state.Outputs.TryGetValue(entity, out var mapped) ? mapped : state.Outputs[entity] = [];
                MapSource(mapper, state, table, source, rows, outcome);
            }
        }

        ApplyConversions(state.Outputs, state.Conversions);
        Directory.CreateDirectory(outputDirectory);
        Write(state.Outputs, outputDirectory);
        return new NormalizationResult(outputDirectory, outcomes);
    }

    private static void MapSource(RowMapper mapper, MappingState state, SourceTable table, EntitySource source,
        Dictionary<string, string[]> rows, EntityOutcome outcome)
    {
        var (entity, m, path) = source;
        outcome.Notes.AddRange((m.StageDates?.Columns ?? []).Where(c => c.Value is not null && table.IndexOf(c.Key) < 0)
            .Select(c => $"{path}.stageDates: column '{c.Key}' is not in {m.File}; '{c.Value}' is never reached from it"));
        outcome.Notes.AddRange(m.Columns.Where(c => c.Value.Optional && c.Value.Column is { } col && table.IndexOf(col) < 0)
            .Select(c => $"{path}.columns.{c.Key}: column '{c.Value.Column}' is not in {m.File}; " +
                         $"{entity.Canonical(c.Key)} is left empty"));
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Rows)
        {
            outcome.RowsRead++;
            if (!record.IsWellFormed)
            {
                outcome.Rejects.Add(new MappingReject(table.FileName, record.Line, null, null,
                    "has a different number of fields than the header (unbalanced quotes?)"));
                continue;
            }

            var pending = new List<string[]>();
            var conversions = new List<Conversion>();
            try
            {
                foreach (var row in Split(table, record, m))
                {
                    var mapped = MapRow(mapper, table, row, entity, source, outcome);
                    pending.AddRange(mapped);
                    if (m.ConvertedLead is { } lead && mapped.Count > 0)
                    {
                        conversions.Add(Convert(mapper, table, row, lead, path, mapped[0], outcome));
                    }
                }
            }
            catch (MappingRowException e)
            {
                outcome.Rejects.Add(new MappingReject(table.FileName, record.Line, e.Column, e.Value, e.Message));
                continue;
            }

            state.Conversions.AddRange(conversions);
            var withId = pending.Where(values => values[0].Length > 0).ToList();
            if (withId.Count == 0)
            {
                // A row naming nobody (a deal without an SDR, read as a user) is not an error, but it is counted.
                var reason = pending.Count > 0 ? $"had an empty {entity.IdColumn}"
                    : m.StageDates is null ? "gave no row" : "had no stage date filled";
                outcome.EmptyReasons[reason] = outcome.EmptyReasons.GetValueOrDefault(reason) + 1;
                continue;
            }

            var added = withId.Count(values => Add(rows, values, entity, merged, outcome));
            outcome.RowsWritten += added;
            if (added > 0)
            {
                outcome.RowsMapped++;
            }
            else
            {
                outcome.RowsMerged++;
            }
        }

        if (outcome.RowsMerged > 0 || merged.Count > 0)
        {
            var examples = merged.Count == 0 ? ""
                : $"; {outcome.Disagreements} value(s) disagreed and the first was kept (e.g. " +
                  string.Join(", ", merged.OrderByDescending(d => d.Value).Take(3).Select(d => d.Key)) + ")";
            outcome.Notes.Add($"{path}: {outcome.RowsMerged} row(s) of {m.File} repeat an id already mapped and were merged " +
                              $"into it (empty columns filled){examples}");
        }
    }

    /// <summary>Adds a canonical row, or merges it into the row already mapped with its id: the first value wins, empty columns
    /// are filled, disagreements are counted by column. True when the row is new.</summary>
    private static bool Add(Dictionary<string, string[]> rows, string[] values, CanonicalEntity entity,
        Dictionary<string, int> disagreements, EntityOutcome outcome)
    {
        if (rows.TryAdd(values[0], values))
        {
            return true;
        }

        var kept = rows[values[0]];
        for (var i = 1; i < kept.Length; i++)
        {
            if (kept[i].Length == 0)
            {
                kept[i] = values[i];
            }
            else if (values[i].Length > 0 && !kept[i].Equals(values[i], StringComparison.Ordinal))
            {
                var key = $"{entity.Columns[i]} '{kept[i]}' kept over '{values[i]}'";
                disagreements[key] = disagreements.GetValueOrDefault(key) + 1;
                outcome.Disagreements++;
            }
        }

        return false;
    }

    private static Conversion Convert(RowMapper mapper, SourceTable table, SourceRow row, ConvertedLeadMapping lead, string path,
        string[] opportunity, EntityOutcome outcome)
    {
        var leads = CanonicalEntities.Leads;
        var leadId = mapper.Value(table, row, leads, "Id", lead.Id, $"{path}.convertedLead.id", outcome);
        var columns = lead.Columns.ToDictionary(kv => leads.Canonical(kv.Key),
            kv => mapper.Value(table, row, leads, leads.Canonical(kv.Key), kv.Value, $"{path}.convertedLead.columns.{kv.Key}",
                outcome));
        var created = opportunity[CanonicalEntities.Opportunities.IndexOf("CreatedDate")];
        return new Conversion(outcome, row, leadId, opportunity[0], created, columns);
    }
}
