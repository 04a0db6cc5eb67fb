namespace Smarketing.Generation;

/// <summary>The person and company behind a lead, as typed into the form or the list import.</summary>
internal sealed record Prospect
{
    public required PersonaProfile Persona { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string Email { get; init; }

    public required string Title { get; init; }

    public required string Department { get; init; }

    public required string Company { get; init; }

    public string? Industry { get; init; }

    public required int Employees { get; init; }

    public required string Country { get; init; }

    /// <summary>Europe: worked by the London team.</summary>
    public required bool Emea { get; init; }
}
