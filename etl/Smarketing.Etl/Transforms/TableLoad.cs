using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms;

/// <summary>Writes transform output rows into a table's work table and upserts them by the table's business key.</summary>
public static class TableLoad
{
    /// <summary>Streams <paramref name="rows"/> (each one value per column; the array may be reused) into <paramref name="table"/>.</summary>
    public static EntityCount Upsert(IWarehouseLoader loader, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, UpsertOptions? options = null)
    {
        var definition = loader.Catalog.Table(table);
        long read;
        using (var writer = loader.OpenWorkTable(definition, columns))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }

            read = writer.RowCount;
        }

        var counts = loader.Upsert(definition, options ?? UpsertOptions.Default);
        return new EntityCount(table, read, counts.Inserted, counts.Updated, counts.Deleted, 0);
    }
}
