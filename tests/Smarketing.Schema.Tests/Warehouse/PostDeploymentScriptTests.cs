using Microsoft.SqlServer.TransactSql.ScriptDom;
using Smarketing.Schema.Catalog;

namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>Scripts/PostDeployment.sql inserts the unknown member of every dimension, and the embedded engine can run it too.</summary>
public class PostDeploymentScriptTests
{
    private static SchemaCatalog Catalog => ShippedCatalog.Instance;

    private static IReadOnlyList<TSqlStatement> Statements()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(Catalog.PostDeploymentScript);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        Assert.That(errors, Is.Empty);
        return script.Batches.SelectMany(b => b.Statements).ToList();
    }

    private static Dictionary<string, InsertStatement> InsertsByTable() =>
        Statements().OfType<InsertStatement>().ToDictionary(
            i => string.Join('.', ((NamedTableReference)i.InsertSpecification.Target).SchemaObject.Identifiers.Select(x => x.Value)),
            StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Dimensions() =>
        ShippedCatalog.Instance.Tables.Where(t => t.Schema == "dw" && t.Name.StartsWith("Dim", StringComparison.Ordinal)).Select(t => t.FullName);

    [Test]
    public void The_script_holds_only_unknown_member_inserts_and_identity_insert_switches()
    {
        Assert.That(Statements().Select(s => s.GetType().Name).Distinct(), Is.SubsetOf(new[] { nameof(InsertStatement), nameof(SetIdentityInsertStatement) }));
        Assert.That(InsertsByTable().Keys, Is.EquivalentTo(Dimensions()));
    }

    [TestCaseSource(nameof(Dimensions))]
    public void Every_dimension_gets_an_unknown_member_with_key_0_once(string dimension)
    {
        var table = Catalog.Table(dimension);
        var insert = InsertsByTable()[dimension].InsertSpecification;
        var columns = insert.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value).ToList();
        var select = (QuerySpecification)((SelectInsertSource)insert.InsertSource).Select;
        var values = select.SelectElements.Cast<SelectScalarExpression>().Select(e => e.Expression).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(columns[0], Is.EqualTo(table.PrimaryKey.Single()));
            Assert.That((values[0] as IntegerLiteral)?.Value, Is.EqualTo("0"));
            Assert.That(values, Has.Count.EqualTo(columns.Count));
            Assert.That(select.WhereClause?.SearchCondition, Is.TypeOf<ExistsPredicate>().Or.TypeOf<BooleanNotExpression>());
            Assert.That(columns, Is.SupersetOf(table.Columns.Where(c => !c.IsNullable && c.DefaultExpression is null).Select(c => c.Name)),
                "every required column gets a value");
            Assert.That(columns, Is.SubsetOf(table.Columns.Select(c => c.Name)));
        }
    }

    [Test]
    public void Identity_insert_is_switched_on_and_off_exactly_around_identity_dimensions()
    {
        var switches = Statements().OfType<SetIdentityInsertStatement>()
            .Select(s => (Table: string.Join('.', s.Table.Identifiers.Select(i => i.Value)), s.IsOn))
            .ToList();
        var identityDimensions = Dimensions().Where(d => Catalog.Table(d).IdentityColumn is not null).ToList();

        Assert.That(switches.Where(s => s.IsOn).Select(s => s.Table), Is.EquivalentTo(identityDimensions));
        Assert.That(switches.Where(s => !s.IsOn).Select(s => s.Table), Is.EquivalentTo(identityDimensions));
    }

    [Test]
    public void Without_identity_insert_lines_the_script_stays_in_the_portable_subset()
    {
        var portableText = string.Join('\n', Catalog.PostDeploymentScript.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("SET IDENTITY_INSERT", StringComparison.OrdinalIgnoreCase)));

        Assert.That(PortableSql.Violations(portableText), Is.Empty);
    }
}
