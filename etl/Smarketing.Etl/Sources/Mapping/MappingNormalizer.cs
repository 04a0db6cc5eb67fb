namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Applies a mapping to a foreign export folder and writes the canonical landing files of docs/SOURCES.md, which the
/// unchanged pipeline then loads. Rows that cannot be mapped are written nowhere and returned as rejects.</summary>
public static partial class MappingNormalizer
{
    /// <summary>Maps <paramref name="sourceDirectory"/> into <paramref name="outputDirectory"/> (created if needed). Throws
    /// <see cref="MappingException"/> listing every missing file and source column before anything is written. A mapping names
    /// files inside the export folder only (no absolute path, no <c>..</c>): a mapping is configuration that may come from elsewhere,
    /// and must not make the ETL read other files on the machine, unless <paramref name="allowOutsideSource"/>.</summary>
    public static NormalizationResult Normalize(SourceMapping mapping, string sourceDirectory, string outputDirectory, bool allowOutsideSource = false)
    {
        var tables = OpenTables(mapping, sourceDirectory, allowOutsideSource);
        var outputs = new Dictionary<CanonicalEntity, Dictionary<string, string[]>>();
        var indexes = new Dictionary<(string, string), Dictionary<string, string>>();
        var mapper = new RowMapper((entity, by, value) => Lookup(outputs, indexes, entity, by, value));
        var outcomes = new List<EntityOutcome>();
        var conversions = new List<(EntityOutcome Outcome, SourceRow Row, string LeadId, string OpportunityId, string Created, Dictionary<string, string> Columns)>();
        foreach (var (entity, m) in mapping.Entities())
        {
            var outcome = new EntityOutcome(entity, m?.File);
            outcomes.Add(outcome);
            if (m is null)
            {
                continue;
            }

            if (!tables.TryGetValue(m.File, out var table))
            {
                outcome.Notes.Add($"{entity.Key}: {m.File} is not in the export folder; the entity is optional and was skipped");
                continue;
            }

            var rows = outputs[entity] = [];
            var duplicates = 0;
            outcome.Notes.AddRange((m.StageDates?.Columns ?? []).Where(c => c.Value is not null && table.IndexOf(c.Key) < 0)
                .Select(c => $"{entity.Key}.stageDates: column '{c.Key}' is not in {m.File}; '{c.Value}' is never reached from it"));
            foreach (var source in table.Rows)
            {
                outcome.RowsRead++;
                if (!source.IsWellFormed)
                {
                    outcome.Rejects.Add(new MappingReject(table.FileName, source.Line, null, null, "has a different number of fields than the header (unbalanced quotes?)"));
                    continue;
                }

                foreach (var row in Split(table, source, m))
                {
                    try
                    {
                        foreach (var mapped in MapRow(mapper, table, row, entity, m, outcome))
                        {
                            duplicates += rows.TryAdd(mapped[0], mapped) ? 0 : 1;
                        }

                        if (m.ConvertedLead is { } lead)
                        {
                            var leadId = mapper.Value(table, row, CanonicalEntities.Leads, "Id", lead.Id, $"{entity.Key}.convertedLead.id", outcome);
                            var columns = lead.Columns.ToDictionary(kv => CanonicalEntities.Leads.Canonical(kv.Key),
                                kv => mapper.Value(table, row, CanonicalEntities.Leads, CanonicalEntities.Leads.Canonical(kv.Key), kv.Value, $"{entity.Key}.convertedLead.columns.{kv.Key}", outcome));
                            var opportunity = MapRow(mapper, table, row, entity, m, outcome).First();
                            conversions.Add((outcome, row, leadId, opportunity[0], opportunity[entity.IndexOf("CreatedDate")], columns));
                        }
                    }
                    catch (MappingRowException e)
                    {
                        outcome.Rejects.Add(new MappingReject(table.FileName, row.Line, e.Column, e.Value, e.Message));
                        break;
                    }
                }
            }

            if (duplicates > 0)
            {
                outcome.Notes.Add($"{entity.Key}: {duplicates} row(s) of {m.File} repeat an id already mapped; the first was kept");
            }
        }

        ApplyConversions(outputs, conversions);
        Directory.CreateDirectory(outputDirectory);
        Write(outputs, outcomes, outputDirectory);
        return new NormalizationResult(outputDirectory, outcomes);
    }

    /// <summary>Lookups only reach entities mapped earlier (validated), which are complete by then, so each index is built once.</summary>
    private static string? Lookup(Dictionary<CanonicalEntity, Dictionary<string, string[]>> outputs, Dictionary<(string, string), Dictionary<string, string>> indexes,
        string entityKey, string by, string value)
    {
        if (!indexes.TryGetValue((entityKey, by), out var index))
        {
            var entity = CanonicalEntities.All.First(e => e.Key.Equals(entityKey, StringComparison.OrdinalIgnoreCase));
            var column = entity.IndexOf(by);
            index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in (outputs.GetValueOrDefault(entity) ?? []).Values)
            {
                index.TryAdd(row[column], row[0]);
            }

            indexes[(entityKey, by)] = index;
        }

        return index.GetValueOrDefault(value);
    }
}
