using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>Everything that differs between the engines' SQL, and nothing else (DbUp's three abstract SQL methods, in spirit): how
/// identifiers are quoted, what a work table is, how "changed" is compared, how parameters are written, how an insert returns its
/// identity and how a statement reports the rows it touched. The statements themselves are generated once, by
/// <see cref="UpsertStatements"/> and <see cref="BatchJournalSql"/>; a third engine is a new dialect and a new bulk writer.</summary>
public interface ISqlDialect
{
    /// <summary>An identifier as the engine reads it literally.</summary>
    string Quote(string identifier);

    /// <summary>A table's two-part name, quoted.</summary>
    string TableName(TableDefinition table);

    /// <summary>The session's work table for <paramref name="target"/> (temporary: it never outlives the connection).</summary>
    string WorkTableName(TableDefinition target);

    /// <summary>Creates (or replaces) the work table of <paramref name="target"/> with the given columns, typed from the catalog.</summary>
    string CreateWorkTable(TableDefinition target, IReadOnlyList<ColumnDefinition> columns);

    /// <summary>Drops the work table of <paramref name="target"/>.</summary>
    string DropWorkTable(TableDefinition target);

    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> (two references to <paramref name="column"/>) differ,
    /// NULLs compared as values.</summary>
    string IsDistinct(ColumnDefinition column, string left, string right);

    /// <summary>The aggregate that counts rows as a 64-bit number (<c>count(*)</c>, <c>COUNT_BIG(*)</c>).</summary>
    string CountAll { get; }

    /// <summary>A named parameter as written in a statement (<c>$name</c>, <c>@name</c>).</summary>
    string Parameter(string name);

    /// <summary>An INSERT into <paramref name="table"/> (quoted) of one row of parameters that returns the new row's
    /// <paramref name="identity"/> as its only result.</summary>
    string InsertReturning(string table, IReadOnlyList<string> columns, IReadOnlyList<string> values, string identity);

    /// <summary><paramref name="statement"/>, made to report the rows it touched in the way the loader reads them (the command's
    /// affected-row count, or a trailing <c>SELECT @@ROWCOUNT</c>).</summary>
    string WithRowCount(string statement);

    /// <summary>Updates <paramref name="target"/> (alias <c>t</c>) from <paramref name="source"/> (alias <c>w</c>) where the keys
    /// match and the row changed.</summary>
    string UpdateFrom(TableDefinition target, string set, string source, string keyMatch, string changed);

    /// <summary>The head of a DELETE of <paramref name="target"/> rows under the alias <c>t</c>, up to (not including) WHERE.</summary>
    string DeleteFrom(TableDefinition target);
}
