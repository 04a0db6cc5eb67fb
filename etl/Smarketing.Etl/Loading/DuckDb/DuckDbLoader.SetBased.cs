using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

public sealed partial class DuckDbLoader
{
    /// <inheritdoc />
    public long FillWorkTable(TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        // Created (or emptied) and typed exactly as for a bulk load, so the upsert that follows cannot tell the two apart.
        CreateWorkTable(target, columns);
        return Execute(UpsertStatements.FillWorkTable(Dialect, target, columns, selectSql));
    }
}
