namespace Smarketing.Generation;

/// <summary>How a nurture stretch ended: qualified at a moment, or gone quiet at <see cref="EndedUtc"/>.</summary>
internal readonly record struct NurtureResult(DateTime? QualifiedUtc, DateTime EndedUtc);
