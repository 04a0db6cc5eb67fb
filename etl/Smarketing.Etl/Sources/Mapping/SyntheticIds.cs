using System.Security.Cryptography;
using System.Text;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Deterministic ids for records whose source has none (or only an opaque one): the same values always give the same id.</summary>
public static class SyntheticIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>An 18-character Salesforce-style id: <paramref name="prefix"/> then a base-62 hash of <paramref name="values"/>.</summary>
    public static string Salesforce(string prefix, IEnumerable<string> values)
    {
        var hash = Hash(values);
        var id = new StringBuilder(prefix, 18);
        for (var i = 0; id.Length < 18; i++)
        {
            id.Append(Alphabet[hash[i] % Alphabet.Length]);
        }

        return id.ToString();
    }

    /// <summary>A positive 31-bit number standing for a CRM lead id where a numeric (Marketo) lead id is needed.</summary>
    public static int Number(string value) => (int)(BitConverter.ToUInt32(Hash([value]), 0) & 0x7FFFFFFF) | 1;

    private static byte[] Hash(IEnumerable<string> values) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', values)));
}
