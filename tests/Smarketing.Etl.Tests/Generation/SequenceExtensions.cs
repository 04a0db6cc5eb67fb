namespace Smarketing.Etl.Tests.Generation;

internal static class SequenceExtensions
{
    /// <summary>Consecutive pairs: (a, b), (b, c), …</summary>
    public static IEnumerable<(T From, T To)> Pairwise<T>(this IEnumerable<T> source)
    {
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            yield break;
        }

        var previous = e.Current;
        while (e.MoveNext())
        {
            yield return (previous, e.Current);
            previous = e.Current;
        }
    }
}
