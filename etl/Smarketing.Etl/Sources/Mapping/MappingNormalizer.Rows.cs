namespace Smarketing.Etl.Sources.Mapping;

public static partial class MappingNormalizer
{
    private static List<string[]> MapRow(RowMapper mapper, SourceTable table, SourceRow row, CanonicalEntity entity, EntitySource source, EntityOutcome outcome)
    {
        var m = source.Mapping;
        var values = new string[entity.Columns.Count];
        Array.Fill(values, "");
        foreach (var (name, c) in m.Columns)
        {
            var column = entity.Canonical(name);
            values[entity.IndexOf(column)] = mapper.Value(table, row, entity, column, c, $"{source.Path}.columns.{name}", outcome);
        }

        var idGiven = m.Columns.Keys.Contains(entity.IdColumn, StringComparer.OrdinalIgnoreCase);
        if (m.StageDates is not { } stages || entity.StageColumns is not { } target)
        {
            if (!idGiven)
            {
                values[0] = SyntheticIds.Salesforce(entity.IdPrefix ?? "a00", values.Skip(1));
            }

            return [values];
        }

        var reached = new List<(string At, string Value)>();
        foreach (var (column, value) in stages.Columns)
        {
            var text = table.IndexOf(column) < 0 ? "" : RowMapper.Read(table, row, column);
            if (value is not null && text.Trim().Length > 0)
            {
                reached.Add((RowMapper.Date(text, stages.Format, stages.TimeZone, false, column, $"{source.Path}.stageDates"), value));
            }
        }

        var result = new List<string[]>();
        var previous = "";
        foreach (var (at, value) in reached.OrderBy(r => r.At, StringComparer.Ordinal))
        {
            if (value.Equals(previous, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var copy = (string[])values.Clone();
            copy[entity.IndexOf(target.NewValue)] = value;
            copy[entity.IndexOf(target.Date)] = at;
            if (target.OldValue is { } old)
            {
                copy[entity.IndexOf(old)] = previous;
            }

            if (entity == CanonicalEntities.StageChanges && copy[entity.IndexOf("Field")].Length == 0)
            {
                copy[entity.IndexOf("Field")] = "Status";
            }

            copy[0] = SyntheticIds.Salesforce(entity.IdPrefix ?? "a00", [values[0], copy[1], value, at]);
            result.Add(copy);
            previous = value;
        }

        return result;
    }

    private static void ApplyConversions(Dictionary<CanonicalEntity, Dictionary<string, string[]>> outputs, List<Conversion> conversions)
    {
        var leads = outputs.GetValueOrDefault(CanonicalEntities.Leads) ?? [];
        var columns = CanonicalEntities.Leads.Columns.ToList();
        foreach (var c in conversions)
        {
            if (c.LeadId.Length == 0)
            {
                continue;
            }

            if (!leads.TryGetValue(c.LeadId, out var lead))
            {
                c.Outcome.Warnings.Add(new MappingReject(c.Outcome.SourceFile!, c.Row.Line, null, c.LeadId,
                    $"{c.Outcome.Path}.convertedLead.id '{c.LeadId}' is not a mapped lead; the opportunity is loaded without its lead"));
                continue;
            }

            void Fill(string column, string value)
            {
                var i = columns.IndexOf(column);
                if (lead[i].Length == 0)
                {
                    lead[i] = value;
                }
            }

            Fill("ConvertedOpportunityId", c.OpportunityId);
            Fill("IsConverted", "true");
            Fill("ConvertedDate", c.Created.Length >= 10 ? c.Created[..10] : "");
            foreach (var (column, value) in c.Columns)
            {
                Fill(column, value);
            }
        }
    }

    private static void Write(Dictionary<CanonicalEntity, Dictionary<string, string[]>> outputs, string folder)
    {
        foreach (var (entity, rows) in outputs)
        {
            if (entity == CanonicalEntities.Activities)
            {
                foreach (var row in rows.Values)
                {
                    row[1] = row[1].Length == 0 ? "" : SyntheticIds.Number(row[1]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                CsvFileWriter.Write(Path.Combine(folder, "MarketoLeads.csv"), CanonicalEntities.MarketoLeadColumns, MarketoLeads(outputs));
            }

            CsvFileWriter.Write(Path.Combine(folder, entity.FileName), entity.Columns, rows.Values);
        }
    }

    private static IEnumerable<string[]> MarketoLeads(Dictionary<CanonicalEntity, Dictionary<string, string[]>> outputs)
    {
        var c = CanonicalEntities.Leads.Columns.ToList();
        foreach (var lead in (outputs.GetValueOrDefault(CanonicalEntities.Leads) ?? []).Values)
        {
            var created = lead[c.IndexOf("CreatedDate")];
            var updated = lead[c.IndexOf("SystemModstamp")] is { Length: > 0 } s ? s : created;
            yield return [SyntheticIds.Number(lead[0]).ToString(System.Globalization.CultureInfo.InvariantCulture), lead[c.IndexOf("Email")], lead[0], "", "Lead",
                lead[c.IndexOf("Title")], lead[c.IndexOf("Company")], "", created, updated];
        }
    }
}
