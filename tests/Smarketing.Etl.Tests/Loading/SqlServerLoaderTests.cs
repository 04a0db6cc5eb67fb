using System.Data;
using Microsoft.Data.SqlClient;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.SqlServer;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Loading;

/// <summary>What the SQL Server loader decides without a server: its connection settings, parameter types and statement shapes.</summary>
public class SqlServerLoaderTests
{
    [TestCase("Server=db;Database=Dw;Authentication=Active Directory Default", SqlAuthenticationMethod.ActiveDirectoryDefault, false)]
    [TestCase("Server=db;Database=Dw;Integrated Security=true", SqlAuthenticationMethod.NotSpecified, true)]
    [TestCase("Server=db;Database=Dw;User ID=etl;Password=x;Encrypt=Strict", SqlAuthenticationMethod.NotSpecified, false)]
    public void Authentication_passes_through_while_MARS_is_on_and_pooling_off(string connectionString, SqlAuthenticationMethod authentication, bool integrated)
    {
        var settings = SqlServerLoader.ConnectionSettings(connectionString);
        var given = new SqlConnectionStringBuilder(connectionString);
        Assert.Multiple(() =>
        {
            Assert.That(settings.Authentication, Is.EqualTo(authentication));
            Assert.That(settings.IntegratedSecurity, Is.EqualTo(integrated));
            Assert.That(settings.UserID, Is.EqualTo(given.UserID));
            Assert.That(settings.Password, Is.EqualTo(given.Password));
            Assert.That(settings.Encrypt, Is.EqualTo(given.Encrypt));
            Assert.That(settings.InitialCatalog, Is.EqualTo("Dw"));
            Assert.That(settings.MultipleActiveResultSets, Is.True, "a transform streams a query while its work table is bulk-loaded");
            Assert.That(settings.Pooling, Is.False, "the session's lock and temporary tables end with the loader");
            Assert.That(settings.ApplicationName, Is.EqualTo("smarketing"));
        });
    }

    [Test]
    public void A_database_name_replaces_the_connection_strings_and_an_application_name_is_kept()
    {
        var settings = SqlServerLoader.ConnectionSettings("Server=db;Database=master;Application Name=nightly", "SmarketingWarehouse");
        Assert.That((settings.InitialCatalog, settings.ApplicationName), Is.EqualTo(("SmarketingWarehouse", "nightly")));
    }

    [Test]
    public void Statements_may_run_an_hour_unless_the_connection_string_says_otherwise()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SqlServerLoader.CommandTimeout(SqlServerLoader.ConnectionSettings("Server=db")), Is.EqualTo(3600));
            Assert.That(SqlServerLoader.CommandTimeout(SqlServerLoader.ConnectionSettings("Server=db;Command Timeout=45")), Is.EqualTo(45));
        });
    }

    [Test]
    public void Batch_parameters_take_the_type_of_the_column_they_feed()
    {
        var catalog = WarehouseModel.LoadCatalog(Path.Combine(TestContext.CurrentContext.TestDirectory, WarehouseModel.DacpacFileName));
        var status = SqlServerLoader.Parameter("@status", SqlServerBatchSql.ParameterType(catalog, "@status"), "Succeeded");
        var started = SqlServerLoader.Parameter("@started", SqlServerBatchSql.ParameterType(catalog, "@started"), new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        var read = SqlServerLoader.Parameter("@read", SqlServerBatchSql.ParameterType(catalog, "@read"), 42L);
        var message = SqlServerLoader.Parameter("@message", SqlServerBatchSql.ParameterType(catalog, "@message"), null);
        Assert.Multiple(() =>
        {
            Assert.That((status.SqlDbType, status.Size), Is.EqualTo((SqlDbType.VarChar, 20)));
            Assert.That((started.SqlDbType, started.Scale), Is.EqualTo((SqlDbType.DateTime2, (byte)3)));
            Assert.That((read.SqlDbType, read.Value), Is.EqualTo((SqlDbType.Int, (object)42)));
            Assert.That((message.SqlDbType, message.Size, message.Value), Is.EqualTo((SqlDbType.NVarChar, -1, (object)DBNull.Value)));
        });
    }

    [Test]
    public void The_work_table_is_temporary_typed_like_the_target_and_in_the_databases_collation()
    {
        var table = new TableDefinition("stg", "SalesforceLead",
        [
            new ColumnDefinition("Id", new SqlType("varchar", 18), false),
            new ColumnDefinition("AnnualRevenue", new SqlType("decimal", Precision: 19, Scale: 4), true),
            new ColumnDefinition("CreatedDate", new SqlType("datetime2", Precision: 3), true),
        ], ["Id"], [], []);
        var ddl = SqlServerUpsertSql.CreateWorkTable(table, ["id", "AnnualRevenue", "CreatedDate"]);
        Assert.That(ddl, Is.EqualTo(
            "DROP TABLE IF EXISTS #Work_stg_SalesforceLead;\n" +
            "CREATE TABLE #Work_stg_SalesforceLead ([Id] varchar(18) COLLATE DATABASE_DEFAULT NULL, [AnnualRevenue] decimal(19,4) NULL, [CreatedDate] datetime2(3) NULL);"));
    }

    [Test]
    public void Names_are_bracket_quoted_and_a_temporary_table_name_must_be_plain()
    {
        var odd = new TableDefinition("dw", "Odd]Name", [new ColumnDefinition("Key", new SqlType("int"), false)], ["Key"], [], []);
        Assert.Multiple(() =>
        {
            Assert.That(SqlServerUpsertSql.TableName(odd), Is.EqualTo("[dw].[Odd]]Name]"));
            Assert.Throws<ArgumentException>(() => SqlServerUpsertSql.WorkTableName(odd));
        });
    }
}
