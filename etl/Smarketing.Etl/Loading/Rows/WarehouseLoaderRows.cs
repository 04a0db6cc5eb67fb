using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.Rows;

/// <summary>Typed access to a loader's work tables: the row record says which table and which columns.</summary>
public static class WarehouseLoaderRows
{
    /// <summary>Creates (or empties) the work table of <typeparamref name="T"/>'s table with the record's columns, after checking the
    /// record against the catalog, and opens a typed bulk writer on it.</summary>
    public static TypedRowWriter<T> OpenWorkTable<T>(this IWarehouseLoader loader)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(loader);
        var map = RowMap<T>.Instance;
        return new TypedRowWriter<T>(loader.OpenWorkTable(map.Resolve(loader.Catalog), map.Columns));
    }

    /// <summary>The table <typeparamref name="T"/>'s rows belong to.</summary>
    public static TableDefinition TableOf<T>(this IWarehouseLoader loader)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(loader);
        return RowMap<T>.Instance.Resolve(loader.Catalog);
    }

    /// <summary>Streams <paramref name="rows"/> into the work table of their table and upserts them by its business key.</summary>
    public static EntityCount Upsert<T>(this IWarehouseLoader loader, IEnumerable<T> rows, UpsertOptions? options = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        long read;
        using (var writer = loader.OpenWorkTable<T>())
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }

            read = writer.RowCount;
        }

        var table = loader.TableOf<T>();
        var counts = loader.Upsert(table, options ?? UpsertOptions.Default);
        return new EntityCount(table.FullName, read, counts.Inserted, counts.Updated, counts.Deleted, 0);
    }
}
