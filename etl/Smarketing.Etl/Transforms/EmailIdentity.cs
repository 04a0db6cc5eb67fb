using System.Security.Cryptography;
using System.Text;

namespace Smarketing.Etl.Transforms;

/// <summary>E-mail addresses never enter the warehouse in clear: a SHA-256 of the normalised address (to match across systems)
/// and the domain (to group by company) are kept instead.</summary>
public static class EmailIdentity
{
    /// <summary>Lower-case hex SHA-256 of the trimmed, lower-cased address; null for no address.</summary>
    public static string? Hash(string? email) =>
        string.IsNullOrWhiteSpace(email)
            ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));

    /// <summary>The part after '@', lower-cased; null when there is none.</summary>
    public static string? Domain(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 || at == email!.Length - 1 ? null : email[(at + 1)..].Trim().ToLowerInvariant();
    }
}
