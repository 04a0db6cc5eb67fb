namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>One event on a lead's timeline (UTC); the meaning of the text fields depends on <see cref="Kind"/>.</summary>
public readonly record struct LeadEvent(DateTime At, LeadEventKind Kind, string? Text1 = null, string? Text2 = null);
