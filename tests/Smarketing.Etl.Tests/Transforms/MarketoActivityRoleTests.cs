using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Transforms;

namespace Smarketing.Etl.Tests.Transforms;

/// <summary>prep.MarketoActivityRole is the one place SQL names Marketo activity type ids; its ids must be the documented types.</summary>
public class MarketoActivityRoleTests
{
    [Test]
    public void Each_role_names_the_documented_Marketo_activity_types()
    {
        var folder = CliProcess.TempFolder();
        try
        {
            List<(int Id, string Role)> roles;
            using (var loader = DuckDbLoader.Open(Path.Combine(folder, "warehouse.duckdb"), WarehouseModel.LoadCatalog()))
            {
                DuckDbDeployer.Deploy(loader);
                roles = loader.Connection.Query<(int, string)>(
                    "SELECT MarketoActivityTypeId, ActivityRole FROM prep.MarketoActivityRole ORDER BY ActivityRole, MarketoActivityTypeId").ToList();
            }

            var named = roles.Select(r => (MarketoActivityTypes.Describe(r.Id).Name, r.Role)).ToList();
            Assert.That(named, Is.EqualTo(new[]
            {
                ("Merge Leads", "Merge"), ("Change Score", "Score"), ("Change Revenue Stage", "Stage"), ("Change Status in Progression", "Stage"),
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
