using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Loading.Rows;

public class RowMappingTests
{
    [Test]
    public void Every_row_record_of_the_ETL_matches_the_shipped_model()
    {
        var catalog = WarehouseModel.LoadCatalog();

        Assert.DoesNotThrow(() => RowMapping.Verify(catalog));
        var tables = RowMapping.RecordTypes.Select(t => ((WarehouseTableAttribute)Attribute.GetCustomAttribute(t, typeof(WarehouseTableAttribute))!).Table);
        Assert.That(tables, Is.SupersetOf(new[]
        {
            "dw.FactStageHistory", "dw.FactLeadFunnel", "dw.FactSlaClock", "dw.FactOpportunity", "dw.FactPipelineSnapshot", "dw.FactAttribution",
            "dw.FactChannelJourney", "dw.FactAttributionDataDriven", "dw.FactCustomerLifetimeValue", "etl.RejectedRow",
        }));
    }

    [Test]
    public void A_record_maps_its_properties_to_columns_in_declaration_order_and_fills_a_value_array()
    {
        var map = RowMap<WatermarkRow>.Instance;
        var values = new object?[4];
        var at = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        map.Fill(new WatermarkRow("Lead", at, 7, at.AddDays(1)), values);

        Assert.That(map.Table, Is.EqualTo("etl.Watermark"));
        Assert.That(map.Columns, Is.EqualTo(new[] { "EntityName", "WatermarkUtc", "BatchId", "UpdatedAtUtc" }));
        Assert.That(values, Is.EqualTo(new object?[] { "Lead", at, 7, at.AddDays(1) }));
    }

    [Test]
    public void A_nullable_property_writes_null_for_a_missing_value()
    {
        var values = new object?[RowMap<ConfigSnapshotRow>.Instance.Columns.Count];

        RowMap<ConfigSnapshotRow>.Instance.Fill(new ConfigSnapshotRow(3, "funnel.json", "ab", "{}", null, "convertedLead"),
            values);

        Assert.That(values, Is.EqualTo(new object?[] { 3, "funnel.json", "ab", "{}", null, "convertedLead" }));
    }

    [Test]
    public void A_record_for_a_table_the_model_lacks_is_named_as_such()
    {
        Assert.That(RowMapping.Problems(typeof(NoSuchTableRow), WarehouseModel.LoadCatalog()),
            Is.EqualTo(new[] { "dw.FactNothing (row record NoSuchTableRow): the model has no such table." }));
    }

    [Test]
    public void A_record_without_the_business_key_or_writing_an_identity_is_refused()
    {
        var problems = RowMapping.Problems(typeof(KeylessFunnelRow), WarehouseModel.LoadCatalog());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "dw.FactLeadFunnel.LeadFunnelKey (row record KeylessFunnelRow): the column is an IDENTITY the engine assigns; the ETL never writes it.",
            "dw.FactLeadFunnel.LeadKey (row record KeylessFunnelRow): the business key column is missing; the upsert matches on it.",
            "dw.FactLeadFunnel.CycleNumber (row record KeylessFunnelRow): the business key column is missing; the upsert matches on it.",
        }));
    }

    [Test]
    public void Verify_lists_every_problem_in_one_error()
    {
        var e = Assert.Throws<RowMappingException>(() => RowMapping.Verify(WarehouseModel.LoadCatalog(), [typeof(NoSuchTableRow), typeof(FactSlaClockRow)]));

        Assert.That(e!.Problems, Has.Count.EqualTo(1));
        Assert.That(e.Message, Does.StartWith("The ETL's row records do not match the warehouse model"));
        Assert.That(e.Message, Does.EndWith("dw.FactNothing (row record NoSuchTableRow): the model has no such table."));
    }

    [WarehouseTable("dw.FactNothing")]
    private sealed record NoSuchTableRow(int BatchId);

    [WarehouseTable("dw.FactLeadFunnel")]
    private sealed record KeylessFunnelRow(int LeadFunnelKey, int BatchId);
}
