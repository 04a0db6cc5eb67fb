namespace Smarketing.Generation;

/// <summary>
/// Salesforce record ids: 3-character key prefix (<c>00Q</c> lead, <c>005</c> user, …), pod and counter to 15 characters,
/// then the 3-character case-safe suffix Salesforce computes from the capitalisation of the first 15.
/// </summary>
internal static class SalesforceId
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /// <summary>The 18-character id of record number <paramref name="number"/> (from 1) of the object with the key prefix.</summary>
    public static string Create(string prefix, long number)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(prefix.Length, 3);
        return string.Create(18, (prefix, number), static (span, state) =>
        {
            state.prefix.AsSpan().CopyTo(span);
            "5e0".AsSpan().CopyTo(span[3..]);
            var n = state.number;
            for (var i = 14; i >= 6; i--)
            {
                span[i] = Base62[(int)(n % 62)];
                n /= 62;
            }

            WriteSuffix(span);
        });
    }

    /// <summary>Appends the case-safe suffix of the 15 characters in <paramref name="id"/>[0..15] into [15..18].</summary>
    public static void WriteSuffix(Span<char> id)
    {
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(id[(chunk * 5) + i]))
                {
                    bits |= 1 << i;
                }
            }

            id[15 + chunk] = SuffixAlphabet[bits];
        }
    }
}
