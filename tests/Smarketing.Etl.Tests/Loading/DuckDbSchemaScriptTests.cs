using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

public class DuckDbSchemaScriptTests
{
    [Test]
    public void Identity_becomes_a_sequence_default_and_the_loader_not_an_index_keeps_warehouse_keys_unique()
    {
        var ddl = DuckDbSchemaScript.CreateTable(A.Dimension());
        Assert.That(ddl, Does.Contain("CREATE SEQUENCE IF NOT EXISTS dw.SeqDimThing START 1;"));
        Assert.That(ddl, Does.Contain("ThingKey INTEGER NOT NULL DEFAULT nextval('dw.SeqDimThing')"));
        Assert.That(ddl, Does.Not.Contain("PRIMARY KEY").And.Not.Contain("UNIQUE"));
        Assert.That(ddl, Does.Contain("Amount DECIMAL(19,4)"));
    }

    [Test]
    public void Bookkeeping_tables_keep_their_keys()
    {
        var dimension = A.Dimension();
        var ddl = DuckDbSchemaScript.CreateTable(dimension with { Schema = "etl" });
        Assert.That(ddl, Does.Contain("PRIMARY KEY (ThingKey)"));
        Assert.That(ddl, Does.Contain("UNIQUE (ThingId)"));
    }

    [TestCase("bit", "BOOLEAN")]
    [TestCase("tinyint", "UTINYINT")]
    [TestCase("datetime2", "TIMESTAMP")]
    [TestCase("nvarchar", "VARCHAR")]
    [TestCase("date", "DATE")]
    [TestCase("bigint", "BIGINT")]
    [TestCase("float", "DOUBLE")]
    public void Sql_server_types_translate(string sqlServer, string duckDb) =>
        Assert.That(DuckDbTypeMapper.ToDuckDb(new SqlType(sqlServer)), Is.EqualTo(duckDb));

    [Test]
    public void An_untranslatable_type_fails_loudly() =>
        Assert.Throws<NotSupportedException>(() => DuckDbTypeMapper.ToDuckDb(new SqlType("geography")));

    [TestCase("((0))", "0")]
    [TestCase("('Unknown')", "'Unknown'")]
    [TestCase("(N'x')", "'x'")]
    [TestCase("(sysutcdatetime())", "(now() AT TIME ZONE 'UTC')")]
    [TestCase("(newid())", null)]
    public void Simple_defaults_are_carried(string tsql, string? expected) =>
        Assert.That(DuckDbSchemaScript.TranslateDefault(tsql), Is.EqualTo(expected));
}
