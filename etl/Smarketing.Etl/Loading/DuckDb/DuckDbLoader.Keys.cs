using System.Globalization;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    private readonly HashSet<TableDefinition> upserted = [];

    /// <summary>The embedded engine does not index the bulk-loaded stg and dw tables (see <see cref="DuckDbSchemaScript"/>), so their
    /// business keys are verified here instead: before a batch commits, every table it upserted must hold each business key once.
    /// A duplicate fails the batch (the caller rolls back), naming the table, the key and an example value.</summary>
    private void VerifyBusinessKeys()
    {
        foreach (var table in upserted.Where(t => !DuckDbSchemaScript.EnforcesKeys(t) && t.BusinessKey.Count > 0))
        {
            var key = string.Join(", ", table.BusinessKey);
            using var reader = Read($"SELECT {key}, count(*) FROM {table.FullName} GROUP BY {key} HAVING count(*) > 1 LIMIT 1");
            if (reader.Read())
            {
                var example = string.Join(", ", Enumerable.Range(0, table.BusinessKey.Count).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                throw new InvalidOperationException(
                    $"{table.FullName}: business key ({key}) would not be unique after this batch: ({example}) occurs {reader.GetValue(table.BusinessKey.Count)} times. Nothing was committed.");
            }
        }

        upserted.Clear();
    }
}
