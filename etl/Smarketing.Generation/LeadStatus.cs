namespace Smarketing.Generation;

/// <summary>The Lead.Status values of docs/SOURCES.md.</summary>
internal static class LeadStatus
{
    public const string OpenInquiry = "Open - Inquiry";
    public const string MarketingQualified = "Marketing Qualified";
    public const string SentToSales = "Sent to Sales";
    public const string SalesAccepted = "Sales Accepted";
    public const string SalesQualified = "Sales Qualified";
    public const string RecycledNurture = "Recycled - Nurture";
    public const string Disqualified = "Disqualified";
    public const string Converted = "Converted";
}
