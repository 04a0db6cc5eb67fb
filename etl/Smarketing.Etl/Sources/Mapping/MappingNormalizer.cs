namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Applies a mapping to a foreign export folder and writes the canonical landing files of docs/SOURCES.md, which the
/// unchanged pipeline then loads. Rows that cannot be mapped are written nowhere and returned as rejects.</summary>
public static partial class MappingNormalizer
{
    /// <summary>Maps <paramref name="sourceDirectory"/> into <paramref name="outputDirectory"/> (created if needed). Throws
    /// <see cref="MappingException"/> listing every missing file and source column before anything is written.</summary>
    public static NormalizationResult Normalize(SourceMapping mapping, string sourceDirectory, string outputDirectory)
    {
        var tables = OpenTables(mapping, sourceDirectory);
        var outputs = new Dictionary<CanonicalEntity, Dictionary<string, string[]>>();
        var mapper = new RowMapper((entity, by, value) => Lookup(outputs, entity, by, value));
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

            var table = tables[m.File];
            var rows = outputs[entity] = [];
            outcome.Notes.AddRange((m.StageDates?.Columns.Keys ?? Enumerable.Empty<string>()).Where(c => table.IndexOf(c) < 0)
                .Select(c => $"{entity.Key}.stageDates: column '{c}' is not in {m.File}; that stage is never reached"));
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
                            rows.TryAdd(mapped[0], mapped);
                        }

                        if (m.ConvertedLead is { } lead)
                        {
                            var leadId = mapper.Value(table, row, CanonicalEntities.Leads, "Id", lead.Id, $"{entity.Key}.convertedLead.id", outcome);
                            var columns = lead.Columns.ToDictionary(kv => CanonicalEntities.Leads.Canonical(kv.Key),
                                kv => mapper.Value(table, row, CanonicalEntities.Leads, CanonicalEntities.Leads.Canonical(kv.Key), kv.Value, $"{entity.Key}.convertedLead.columns.{kv.Key}", outcome));
                            var opportunity = MapRow(mapper, table, row, entity, m, outcome).First();
                            conversions.Add((outcome, row, leadId, opportunity[0], opportunity[entity.Columns.ToList().IndexOf("CreatedDate")], columns));
                        }
                    }
                    catch (MappingRowException e)
                    {
                        outcome.Rejects.Add(new MappingReject(table.FileName, row.Line, e.Column, e.Value, e.Message));
                        break;
                    }
                }
            }
        }

        ApplyConversions(outputs, conversions);
        Directory.CreateDirectory(outputDirectory);
        Write(outputs, outcomes, outputDirectory);
        return new NormalizationResult(outputDirectory, outcomes);
    }

    private static Dictionary<string, SourceTable> OpenTables(SourceMapping mapping, string sourceDirectory)
    {
        var tables = new Dictionary<string, SourceTable>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var (entity, m) in mapping.Entities())
        {
            if (m is null)
            {
                continue;
            }

            var path = Path.Combine(sourceDirectory, m.File);
            if (!tables.ContainsKey(m.File))
            {
                if (!File.Exists(path))
                {
                    problems.Add($"{entity.Key}.file '{m.File}' is not in the export folder {sourceDirectory}");
                    continue;
                }

                tables[m.File] = SourceTable.Read(path);
            }

            var table = tables[m.File];
            if (m.StageDates is { } stages && stages.Columns.Keys.All(c => table.IndexOf(c) < 0))
            {
                problems.Add($"{m.File} line 1: none of the columns named by {entity.Key}.stageDates.columns is in the header (the header has: {string.Join(", ", table.Headers)})");
            }

            foreach (var (where, column) in SourceColumns(entity, m))
            {
                if (table.IndexOf(column) < 0)
                {
                    problems.Add($"{m.File} line 1: column '{column}' named by {where} is not in the header (the header has: {string.Join(", ", table.Headers)})");
                }
            }
        }

        return problems.Count > 0 ? throw new MappingException(Path.GetFileName(Path.TrimEndingDirectorySeparator(sourceDirectory)), problems) : tables;
    }

    private static IEnumerable<(string Path, string Column)> SourceColumns(CanonicalEntity entity, EntityMapping m)
    {
        foreach (var (name, c) in m.Columns)
        {
            foreach (var column in c.SourceColumns)
            {
                yield return ($"{entity.Key}.columns.{name}", column);
            }
        }

        foreach (var column in (m.ConvertedLead?.Id.SourceColumns ?? []).Concat(m.ConvertedLead?.Columns.Values.SelectMany(c => c.SourceColumns) ?? []))
        {
            yield return ($"{entity.Key}.convertedLead", column);
        }

        if (m.Split is { } split)
        {
            yield return ($"{entity.Key}.split.column", split.Column);
        }
    }

    private static IEnumerable<SourceRow> Split(SourceTable table, SourceRow row, EntityMapping m)
    {
        if (m.Split is not { } split)
        {
            return [row];
        }

        var index = table.IndexOf(split.Column);
        return row.Values[index].Split(split.Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => row with { Values = row.Values.Select((x, i) => i == index ? v : x).ToArray() });
    }

    private static string? Lookup(Dictionary<CanonicalEntity, Dictionary<string, string[]>> outputs, string entityKey, string by, string value)
    {
        var entity = CanonicalEntities.All.First(e => e.Key.Equals(entityKey, StringComparison.OrdinalIgnoreCase));
        var index = entity.Columns.ToList().FindIndex(c => c.Equals(by, StringComparison.OrdinalIgnoreCase));
        return outputs.GetValueOrDefault(entity)?.Values.FirstOrDefault(r => r[index].Equals(value, StringComparison.OrdinalIgnoreCase))?[0];
    }
}
