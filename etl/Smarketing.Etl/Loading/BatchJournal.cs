using Smarketing.Etl.Loading.Rows;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>The engine-neutral part of the batch journal (etl.BatchRun, etl.BatchEntityCount, etl.RejectedRow): how rejected rows
/// become rows of etl.RejectedRow. Each loader supplies only the bulk writer and the statements' dialect.</summary>
public static class BatchJournal
{
    /// <summary>etl.RejectedRow in <paramref name="catalog"/>, checked against <see cref="RejectedRowRecord"/>.</summary>
    public static TableDefinition RejectedRowTable(SchemaCatalog catalog) => RowMap<RejectedRowRecord>.Instance.Resolve(catalog);

    /// <summary>The columns a rejected row fills (every column but the IDENTITY key).</summary>
    public static IReadOnlyList<string> RejectedRowColumns => RowMap<RejectedRowRecord>.Instance.Columns;

    /// <summary>Writes <paramref name="rejects"/> through <paramref name="writer"/> (opened on <see cref="RejectedRowColumns"/>).
    /// Rejected rows are odd data by nature: a text longer than its column is cut to fit rather than failing the batch record.</summary>
    public static void WriteRejects(IRowWriter writer, TableDefinition table, int batchId, IEnumerable<RejectedRow> rejects, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rejects);
        var map = RowMap<RejectedRowRecord>.Instance;
        var lengths = map.Columns.Select(c => table.FindColumn(c)!.Type.Length).ToArray();
        var values = new object?[map.Columns.Count];
        foreach (var reject in rejects)
        {
            map.Fill(RejectedRowRecord.From(reject, batchId, nowUtc), values);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is string s && lengths[i] is > 0 and var max && s.Length > max)
                {
                    values[i] = s[..max];
                }
            }

            writer.Write(values);
        }
    }
}
