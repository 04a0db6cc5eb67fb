namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>The portability checker rejects what one of the two engines would run differently or not at all.</summary>
public class PortableSqlTests
{
    [TestCase("SELECT [LeadKey] FROM dw.DimLead", "quoted identifier")]
    [TestCase("SELECT ISNULL(Title, 'x') FROM dw.DimLead", "ISNULL() is not portable")]
    [TestCase("SELECT DATEDIFF(day, CreatedAtUtc, CreatedAtUtc) FROM dw.DimLead", "DATEDIFF() is not portable")]
    [TestCase("SELECT GETDATE()", "GETDATE() is not portable")]
    [TestCase("SELECT IIF(IsDeleted = 1, 1, 0) FROM dw.DimLead", "IIF is not portable")]
    [TestCase("SELECT CONVERT(int, LeadScore) FROM dw.DimLead", "CONVERT is not portable")]
    [TestCase("SELECT TOP 5 LeadKey FROM dw.DimLead", "TOP is not portable")]
    [TestCase("SELECT Title + 'x' FROM dw.DimLead", "+ on strings is not portable")]
    [TestCase("SELECT N'x'", "N'x' literal")]
    [TestCase("SELECT LeadScore / 2 FROM dw.DimLead", "division without a CAST to decimal")]
    public void A_non_portable_construct_is_reported(string sql, string expected) =>
        Assert.That(PortableSql.Violations(sql), Has.Some.Contains(expected));

    [TestCase("SELECT CAST(LeadScore AS decimal(9,2)) / 2 FROM dw.DimLead")]
    [TestCase("SELECT LeadScore / 2.0 FROM dw.DimLead")]
    [TestCase("SELECT COALESCE(Title, 'x'), NULLIF(LeadScore, 0), CASE WHEN IsDeleted = 1 THEN 1 ELSE 0 END FROM dw.DimLead")]
    public void Portable_constructs_pass(string sql) =>
        Assert.That(PortableSql.Violations(sql), Is.Empty);
}
