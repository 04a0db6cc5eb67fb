namespace Smarketing.Etl.Sources.Mapping;

/// <summary>One source of a canonical entity, with the path that names it in messages (<c>users</c>, or <c>users[1]</c> when
/// the entity has several sources).</summary>
/// <param name="Entity">The canonical entity produced.</param>
/// <param name="Mapping">Its mapping from one source file.</param>
/// <param name="Path">Mapping path, e.g. <c>users[1]</c>.</param>
public sealed record EntitySource(CanonicalEntity Entity, EntityMapping Mapping, string Path);
