using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Build;

/// <summary>Turns a file's header comment (what one row means) into an <c>MS_Description</c> extended property on the schema,
/// table or view it creates, so the grain is documented in the deployed database and readable from the DACPAC.</summary>
internal static class ObjectDescription
{
    /// <summary>The extended property name SQL Server tools (SSMS, Power BI, data catalogs) show as the description.</summary>
    public const string PropertyName = "MS_Description";

    /// <summary>A batch adding the description, to append after the file's own batches; null when there is nothing to describe.</summary>
    public static string? ExtendedPropertyBatch(TSqlScript script, string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var statement = script.Batches.SelectMany(b => b.Statements).FirstOrDefault();
        var target = statement switch
        {
            CreateSchemaStatement s => $"@level0type = N'SCHEMA', @level0name = N'{Escape(s.Name.Value)}'",
            CreateTableStatement t => Level1(t.SchemaObjectName, "TABLE"),
            ViewStatementBody v => Level1(v.SchemaObjectName, "VIEW"),
            _ => null,
        };
        return target is null
            ? null
            : $"{Environment.NewLine}GO{Environment.NewLine}EXEC sys.sp_addextendedproperty @name = N'{PropertyName}', @value = N'{Escape(header)}', {target};{Environment.NewLine}";
    }

    private static string Level1(SchemaObjectName name, string type) =>
        $"@level0type = N'SCHEMA', @level0name = N'{Escape(name.SchemaIdentifier?.Value ?? "dbo")}', @level1type = N'{type}', @level1name = N'{Escape(name.BaseIdentifier.Value)}'";

    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}
