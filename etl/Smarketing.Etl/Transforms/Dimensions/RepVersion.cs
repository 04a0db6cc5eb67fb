namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>The attributes of a rep that DimRep tracks over time (SCD type 2): a change to any opens a new version.</summary>
public sealed record RepVersion(
    string SalesforceUserId, string? RepName, string? Email, string? Team, string? Title,
    string? ManagerSalesforceUserId, string? ManagerName, string? ManagerEmail, string Region, string? TimeZone, bool IsActive)
{
    /// <summary>The DimRep columns after the key and validity columns, in order.</summary>
    public static IReadOnlyList<string> AttributeColumns { get; } =
        ["RepName", "Email", "Team", "Title", "ManagerSalesforceUserId", "ManagerName", "ManagerEmail", "Region", "TimeZone", "IsActive"];

    /// <summary>The attribute values in <see cref="AttributeColumns"/> order.</summary>
    public object?[] AttributeValues() => [RepName, Email, Team, Title, ManagerSalesforceUserId, ManagerName, ManagerEmail, Region, TimeZone, IsActive];
}
