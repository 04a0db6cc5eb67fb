namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>A touch's id (a Marketo activity GUID or a campaign member id) held in 16 bytes when it is a GUID as Marketo writes it
/// (36 lower-case hex digits and dashes), else as its text. A full catalog holds hundreds of thousands of touches for the whole of
/// attribution, and a GUID string costs 96 bytes on the heap besides the touch; the two halves cost nothing extra. Ordering is
/// ordinal text order either way: the dashes stand at the same places and '0'–'9' sort before 'a'–'f', so the numbers order as the
/// text does.</summary>
public readonly struct TouchIdentity : IEquatable<TouchIdentity>, IComparable<TouchIdentity>
{
    private const int GuidLength = 36;
    private readonly ulong high;
    private readonly ulong low;
    private readonly string? text;

    private TouchIdentity(ulong high, ulong low, string? text)
    {
        this.high = high;
        this.low = low;
        this.text = text;
    }

    /// <summary>The identity of <paramref name="id"/>: packed when it is a lower-case GUID, kept as text otherwise.</summary>
    public static TouchIdentity Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryPack(id, out var high, out var low) ? new TouchIdentity(high, low, null) : new TouchIdentity(0, 0, id);
    }

    /// <summary>Ordinal comparison of the ids' text.</summary>
    public int CompareTo(TouchIdentity other) =>
        text is null && other.text is null
            ? high != other.high ? high.CompareTo(other.high) : low.CompareTo(other.low)
            : string.CompareOrdinal(ToString(), other.ToString());

    /// <inheritdoc />
    public bool Equals(TouchIdentity other) => high == other.high && low == other.low && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TouchIdentity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => text is null ? HashCode.Combine(high, low) : StringComparer.Ordinal.GetHashCode(text);

    /// <summary>The id as it was read.</summary>
    public override string ToString() => text ?? string.Create(GuidLength, (high, low), static (chars, halves) =>
    {
        var digit = 0;
        for (var i = 0; i < GuidLength; i++)
        {
            if (IsDash(i))
            {
                chars[i] = '-';
                continue;
            }

            var half = digit < 16 ? halves.high : halves.low;
            var nibble = (int)((half >> (4 * (15 - (digit % 16)))) & 0xF);
            chars[i] = (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            digit++;
        }
    });

    /// <summary>Equal ids.</summary>
    public static bool operator ==(TouchIdentity left, TouchIdentity right) => left.Equals(right);

    /// <summary>Different ids.</summary>
    public static bool operator !=(TouchIdentity left, TouchIdentity right) => !left.Equals(right);

    /// <summary>Orders before.</summary>
    public static bool operator <(TouchIdentity left, TouchIdentity right) => left.CompareTo(right) < 0;

    /// <summary>Orders after.</summary>
    public static bool operator >(TouchIdentity left, TouchIdentity right) => left.CompareTo(right) > 0;

    /// <summary>Orders before or equal.</summary>
    public static bool operator <=(TouchIdentity left, TouchIdentity right) => left.CompareTo(right) <= 0;

    /// <summary>Orders after or equal.</summary>
    public static bool operator >=(TouchIdentity left, TouchIdentity right) => left.CompareTo(right) >= 0;

    private static bool IsDash(int position) => position is 8 or 13 or 18 or 23;

    private static bool TryPack(string id, out ulong high, out ulong low)
    {
        high = low = 0;
        if (id.Length != GuidLength)
        {
            return false;
        }

        var digit = 0;
        for (var i = 0; i < GuidLength; i++)
        {
            var c = id[i];
            if (IsDash(i))
            {
                if (c != '-')
                {
                    return false;
                }

                continue;
            }

            // Lower-case only: an upper-case GUID must print back as written, and 'A'–'F' sort before 'a'–'f' as text.
            int nibble = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (nibble < 0)
            {
                return false;
            }

            if (digit < 16)
            {
                high = (high << 4) | (uint)nibble;
            }
            else
            {
                low = (low << 4) | (uint)nibble;
            }

            digit++;
        }

        return true;
    }
}
