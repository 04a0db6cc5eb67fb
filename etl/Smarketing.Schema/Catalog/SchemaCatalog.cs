namespace Smarketing.Schema.Catalog;

/// <summary>The warehouse schema as read from the DACPAC: the single source every engine's DDL and every generated statement is derived from.</summary>
public sealed partial class SchemaCatalog
{
    /// <summary>Creates a catalog from already-read parts (used by <see cref="Load"/> and by tests).</summary>
    public SchemaCatalog(IReadOnlyList<string> schemas, IReadOnlyList<TableDefinition> tables, IReadOnlyList<ViewDefinition> views, string postDeploymentScript)
    {
        Schemas = schemas;
        Tables = tables;
        Views = views;
        PostDeploymentScript = postDeploymentScript;
    }

    /// <summary>User schemas (stg, dw, rpt, etl).</summary>
    public IReadOnlyList<string> Schemas { get; }

    /// <summary>Tables in dependency order (referenced tables before the tables that reference them).</summary>
    public IReadOnlyList<TableDefinition> Tables { get; }

    /// <summary>Views in dependency order (a view after the views it selects from).</summary>
    public IReadOnlyList<ViewDefinition> Views { get; }

    /// <summary>The post-deployment script carried by the DACPAC (unknown members, reference rows), as T-SQL text.</summary>
    public string PostDeploymentScript { get; }

    /// <summary>The table <c>schema.name</c>; throws with the list of known tables when it does not exist.</summary>
    public TableDefinition Table(string fullName) =>
        Tables.FirstOrDefault(t => string.Equals(t.FullName, fullName, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"Table '{fullName}' is not in the warehouse model.");

    /// <summary>The view <c>schema.name</c>; throws when it does not exist.</summary>
    public ViewDefinition View(string fullName) =>
        Views.FirstOrDefault(v => string.Equals(v.FullName, fullName, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"View '{fullName}' is not in the warehouse model.");
}
