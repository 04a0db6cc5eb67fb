using Smarketing.Schema.Build;
using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Catalog;

/// <summary>Catalog behaviour the shipped schema does not exercise yet, checked on small projects built in a temporary folder.</summary>
public class SchemaCatalogOrderTests
{
    [Test]
    public void Views_come_after_the_views_they_select_from_and_a_CTE_stays_in_the_body()
    {
        using var warehouse = TemporaryWarehouse.Empty();
        warehouse.Write("Schemas/rpt.sql", "-- Reports.\nCREATE SCHEMA rpt;\n");
        warehouse.Write("Tables/T.sql", "-- One row per thing.\nCREATE TABLE rpt.T (Id int NOT NULL, Amount decimal(19,4) NULL, CONSTRAINT PK_T PRIMARY KEY (Id));\n");
        warehouse.Write("Views/Z.sql", "-- One row per big thing.\nCREATE VIEW rpt.Z\nAS\nWITH big AS (SELECT t.Id, t.Amount FROM rpt.T AS t WHERE t.Amount > 10)\nSELECT b.Id, CAST(b.Amount AS decimal(9,2)) AS Amount\nFROM big AS b;\n");
        warehouse.Write("Views/A.sql", "-- One row per big thing, again.\nCREATE VIEW rpt.A\nAS\nSELECT z.Id, z.Amount\nFROM rpt.Z AS z;\n");
        var problems = new List<BuildProblem>();
        using var model = new DacpacBuilder(warehouse.Directory).CreateModel(problems);

        var catalog = SchemaCatalog.FromModel(model);

        Assert.That(problems, Is.Empty);
        Assert.That(catalog.Views.Select(v => v.FullName), Is.EqualTo(new[] { "rpt.Z", "rpt.A" }));
        Assert.That(catalog.View("rpt.Z").SelectSql, Does.StartWith("WITH big AS (").And.EndWith("FROM big AS b"));
        Assert.That(catalog.View("rpt.A").Columns,
            Is.EqualTo(new[] { new ViewColumn("Id", new SqlType("int")), new ViewColumn("Amount", new SqlType("decimal", Precision: 9, Scale: 2)) }));
    }

    [Test]
    public void Unique_constraints_come_back_from_a_DACPAC_in_declaration_order()
    {
        using var warehouse = TemporaryWarehouse.Empty();
        warehouse.Write("Schemas/dw.sql", "-- Warehouse.\nCREATE SCHEMA dw;\n");
        warehouse.Write("Tables/T.sql", "-- One row per thing.\nCREATE TABLE dw.T (TKey int IDENTITY(1,1) NOT NULL, Zeta int NOT NULL, Alpha int NOT NULL,\n"
            + "CONSTRAINT UQ_T_Zeta UNIQUE (Zeta), CONSTRAINT PK_T PRIMARY KEY (TKey), CONSTRAINT UQ_T_Alpha UNIQUE (Alpha));\n");
        var result = new DacpacBuilder(warehouse.Directory).Build(warehouse.DacpacPath);

        var table = SchemaCatalog.Load(result.DacpacPath!).Table("dw.T");

        Assert.That(table.UniqueKeys, Is.EqualTo(new[] { new[] { "Zeta" }, new[] { "Alpha" } }));
        Assert.That(table.BusinessKey, Is.EqualTo(new[] { "Zeta" }));
    }
}
