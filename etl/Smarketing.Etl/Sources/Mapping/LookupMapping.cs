namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Finds the row whose <see cref="By"/> equals the value of source column <see cref="Column"/> (case-insensitive) and
/// returns one of its values. Either in an already-mapped <see cref="Entity"/> (by and value are canonical columns; the value
/// defaults to its Id, e.g. the lead whose Email is an e-mail event's recipient), or in another source <see cref="File"/> of
/// the export (by and value are that file's columns, e.g. the deal's creation date from the leads file).</summary>
public sealed class LookupMapping
{
    /// <summary>Source column holding the value to look up.</summary>
    public string Column { get; set; } = "";

    /// <summary>Mapping key of the entity searched (users, accounts, campaigns, leads, contacts, opportunities).</summary>
    public string? Entity { get; set; }

    /// <summary>Source file searched instead of an entity (a file of the export folder).</summary>
    public string? File { get; set; }

    /// <summary>Column compared with the value: canonical for an entity, a header of <see cref="File"/> otherwise.</summary>
    public string By { get; set; } = "";

    /// <summary>Column returned from the matching row: canonical for an entity (default its Id), a header of <see cref="File"/>
    /// otherwise (required).</summary>
    public string? Value { get; set; }
}
