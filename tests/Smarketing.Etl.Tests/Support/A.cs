using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Small builders for test tables and files.</summary>
internal static class A
{
    public static ColumnDefinition Column(string name, string type, bool nullable = true, int? length = null, int? precision = null, int? scale = null, bool identity = false) =>
        new(name, new SqlType(type, length, precision, scale), nullable, identity);

    /// <summary>A staging-like table: Id key, a few typed columns and the lineage columns.</summary>
    public static TableDefinition StagingLead() => new(
        "stg", "SalesforceLead",
        [
            Column("Id", "varchar", nullable: false, length: 18),
            Column("Company", "nvarchar", length: 255),
            Column("Title", "nvarchar", length: 128),
            Column("NumberOfEmployees", "int"),
            Column("AnnualRevenue", "decimal", precision: 19, scale: 4),
            Column("IsConverted", "bit"),
            Column("ConvertedDate", "date"),
            Column("CreatedDate", "datetime2", precision: 3),
            Column("SystemModstamp", "datetime2", precision: 3),
            Column("BatchId", "int", nullable: false),
            Column("SourceFile", "nvarchar", nullable: false, length: 260),
            Column("SourceLine", "int", nullable: false),
        ],
        ["Id"], [], []);

    /// <summary>A dimension with an identity key and a business key.</summary>
    public static TableDefinition Dimension() => new(
        "dw", "DimThing",
        [
            Column("ThingKey", "int", nullable: false, identity: true),
            Column("ThingId", "varchar", nullable: false, length: 18),
            Column("Name", "nvarchar", length: 100),
            Column("Amount", "decimal", precision: 19, scale: 4),
            Column("BatchId", "int", nullable: false),
        ],
        ["ThingKey"], [["ThingId"]], []);

    /// <summary>Writes <paramref name="text"/> to a temp file named <paramref name="name"/> (optionally with a UTF-8 BOM).</summary>
    public static string File(string name, string text, bool bom = false)
    {
        var dir = Path.Combine(TestTemp.Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(bom));
        return path;
    }
}
