using Smarketing.Etl.Tests.Support;
using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>The embedded warehouse is derived from the DACPAC and nothing else.</summary>
public class DuckDbDeployerTests
{
    private static readonly SchemaCatalog Catalog = WarehouseModel.LoadCatalog();
    private DuckDbLoader loader = null!;

    [SetUp]
    public void Deploy()
    {
        loader = DuckDbLoader.Open(Path.Combine(TestTemp.Root, Guid.NewGuid() + ".duckdb"), Catalog);
        var report = DuckDbDeployer.Deploy(loader);
        Assert.That(report.Blocked, Is.False);
        Assert.That(report.TablesCreated, Has.Count.EqualTo(Catalog.Tables.Count));
    }

    [TearDown]
    public void Close() => loader.Dispose();

    [Test]
    public void Every_table_and_column_of_the_dacpac_exists_with_the_translated_type_and_nullability()
    {
        var actual = loader.Connection.Query<(string Schema, string Table, string Column, string Type, string Nullable)>(
                "SELECT table_schema, table_name, column_name, data_type, is_nullable FROM information_schema.columns " +
                "WHERE table_schema IN ('stg','dw','etl') ORDER BY table_schema, table_name, ordinal_position")
            .GroupBy(c => $"{c.Schema}.{c.Table}").ToDictionary(g => g.Key, g => g.ToList());
        Assert.That(actual.Keys, Is.EquivalentTo(Catalog.Tables.Select(t => t.FullName)));
        foreach (var table in Catalog.Tables)
        {
            var expected = table.Columns.Select(c => (c.Name, DuckDbTypeMapper.ToDuckDb(c.Type), c.IsNullable ? "YES" : "NO")).ToList();
            var columns = actual[table.FullName].Select(c => (c.Column, c.Type, c.Nullable)).ToList();
            Assert.That(columns, Is.EqualTo(expected), table.FullName);
        }
    }

    [Test]
    public void Bookkeeping_keys_are_enforced_by_the_engine_and_bulk_loaded_tables_carry_no_index()
    {
        var constraints = loader.Connection.Query<(string Table, string Type, string Columns)>(
            "SELECT schema_name || '.' || table_name, constraint_type, array_to_string(constraint_column_names, ',') FROM duckdb_constraints() " +
            "WHERE constraint_type IN ('PRIMARY KEY','UNIQUE')").ToHashSet();
        foreach (var table in Catalog.Tables.Where(t => t.PrimaryKey.Count > 0 && t.Schema == "etl"))
        {
            Assert.That(constraints, Does.Contain((table.FullName, "PRIMARY KEY", string.Join(",", table.PrimaryKey))), table.FullName);
        }

        Assert.That(constraints.Where(c => c.Table.StartsWith("stg.", StringComparison.Ordinal) || c.Table.StartsWith("dw.", StringComparison.Ordinal)), Is.Empty);
        Assert.That(Catalog.Table("dw.DimLead").BusinessKey, Is.EqualTo(new[] { "SalesforceLeadId" }));
    }

    [Test]
    public void Every_view_is_created_and_runs()
    {
        Assert.That(Catalog.Views, Is.Not.Empty);
        foreach (var view in Catalog.Views)
        {
            Assert.DoesNotThrow(() => loader.Connection.Query($"SELECT * FROM {view.FullName} LIMIT 1").ToList(), view.FullName);
        }
    }

    [Test]
    public void Every_dimension_has_its_unknown_member_with_key_zero()
    {
        foreach (var table in Catalog.Tables.Where(t => t.Schema == "dw" && t.Name.StartsWith("Dim", StringComparison.Ordinal)))
        {
            var key = table.PrimaryKey.Single();
            Assert.That(loader.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table.FullName} WHERE {key} = 0"), Is.EqualTo(1), table.FullName);
        }
    }

    [Test]
    public void Deploying_again_changes_nothing()
    {
        var again = DuckDbDeployer.Deploy(loader);
        Assert.That((again.TablesCreated.Count, again.ColumnsAdded.Count, again.DataLossChanges.Count, again.Blocked), Is.EqualTo((0, 0, 0, false)));
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimLead WHERE LeadKey = 0"), Is.EqualTo(1));
    }

    [Test]
    public void A_column_the_model_no_longer_has_blocks_the_deploy_until_data_loss_is_allowed()
    {
        loader.Execute("ALTER TABLE dw.DimPersona ADD COLUMN Obsolete VARCHAR");
        var blocked = DuckDbDeployer.Deploy(loader);
        Assert.That(blocked.Blocked, Is.True);
        Assert.That(blocked.DataLossChanges, Is.EqualTo(new[] { "dw.DimPersona.Obsolete: column no longer in the model (would be dropped)" }));
        var allowed = DuckDbDeployer.Deploy(loader, allowDataLoss: true);
        Assert.That(allowed.Blocked, Is.False);
        Assert.That(loader.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM information_schema.columns WHERE table_name = 'DimPersona' AND column_name = 'Obsolete'"), Is.Zero);
    }

    [Test]
    public void A_column_added_to_the_model_is_added_without_touching_the_rows()
    {
        loader.Execute("ALTER TABLE dw.DimPersona DROP COLUMN Description");
        var report = DuckDbDeployer.Deploy(loader);
        Assert.That(report.ColumnsAdded, Is.EqualTo(new[] { "dw.DimPersona.Description" }));
        Assert.That(loader.Connection.ExecuteScalar<long>("SELECT count(*) FROM dw.DimPersona WHERE PersonaKey = 0"), Is.EqualTo(1));
    }
}
