namespace Smarketing.Generation;

/// <summary>What a CRM user does in the funnel.</summary>
internal enum RepRole
{
    /// <summary>SDR/BDR: receives the handoff, accepts or rejects, qualifies.</summary>
    SalesDevelopment,

    /// <summary>Account executive: owns opportunities and customers.</summary>
    AccountExecutive,

    /// <summary>Marketing user: owns leads until they are handed to sales and again after a recycle.</summary>
    Marketing,

    SalesManager,
    SalesOperations,

    /// <summary>The marketing-automation sync user that writes automated status changes.</summary>
    Integration,
}
