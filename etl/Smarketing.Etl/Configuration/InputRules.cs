namespace Smarketing.Etl.Configuration;

/// <summary>What the batch accepts from the exports (funnel.json <c>inputRules</c>, docs/CONFIGURATION.md): values outside these
/// bounds are taken to be export errors, not business facts, and never reach <c>dw</c>.</summary>
public sealed class InputRules
{
    /// <summary>The earliest plausible date in any date or date-time field (a CRM cannot hold leads from before the company bought it).</summary>
    public DateOnly EarliestDate { get; set; } = new(1990, 1, 1);

    /// <summary>The latest plausible date, in years after the batch's as-of date (close dates and targets may lie ahead).</summary>
    public int LatestYearsAfterAsOf { get; set; } = 5;

    /// <summary>Accept negative money amounts (an org that books credit notes as negative opportunities); off: such a row is rejected.</summary>
    public bool AllowNegativeAmounts { get; set; }

    /// <summary>The longest text accepted in any field, in characters (beyond each staging column's own length).</summary>
    public int MaxFieldLength { get; set; } = 4000;

    /// <summary>Per entity, the share of rejected rows (0–100) above which the batch fails, unless <see cref="MinRejectedRows"/> or
    /// fewer rows were rejected (so one bad row in a 7-row file does not stop the nightly batch). <c>--max-reject-percent</c> overrides it.</summary>
    public double MaxRejectPercent { get; set; } = 5;

    /// <summary>The batch fails on the reject share only when more rows than this were rejected for the entity.</summary>
    public int MinRejectedRows { get; set; } = 10;

    /// <summary>A full extract whose rows or keys for an entity fall by more than this share (0–100) below what is loaded is refused
    /// (exit 4) unless <c>--allow-shrink</c>.</summary>
    public double MaxShrinkPercent { get; set; } = 20;
}
