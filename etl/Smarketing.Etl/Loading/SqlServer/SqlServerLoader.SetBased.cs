using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

public sealed partial class SqlServerLoader
{
    /// <inheritdoc />
    public long FillWorkTable(TableDefinition target, IReadOnlyList<string> columns, string selectSql)
    {
        var names = CreateWorkTable(target, columns).Select(c => c.Name).ToList();
        return Execute(FillWorkTableSql(target, names, selectSql));
    }

    /// <summary>The statement that fills the work table of <paramref name="target"/> inside the server: the rows never travel to
    /// the ETL host. Sent without parameters, like the work table's creation, so it runs in the session that owns the table.</summary>
    internal static string FillWorkTableSql(TableDefinition target, IReadOnlyList<string> columns, string selectSql) =>
        UpsertStatements.FillWorkTable(SqlServerDialect.Instance, target, columns, selectSql) + ";";
}
