using System.Text.RegularExpressions;

namespace Smarketing.Etl.Sources;

/// <summary>Keeps personal data out of logs and the console: text is capped, e-mail addresses lose their local part, and values of
/// name and e-mail fields are replaced. The warehouse tables keep the real values (their access is governed); logs are copied around.</summary>
public static partial class PersonalData
{
    /// <summary>The most characters of a source value a log line shows.</summary>
    public const int LogCap = 200;

    private static readonly HashSet<string> NameFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "FirstName", "LastName", "Name", "Email", "email", "primaryAttributeValue", "attributes", "Subject", "Title", "title",
    };

    /// <summary>True when values of <paramref name="field"/> name or reach a person (masked whole in logs).</summary>
    public static bool IsPersonal(string? field) => field is not null && NameFields.Contains(field);

    /// <summary><paramref name="text"/> as a log may show it: e-mail addresses masked, at most <see cref="LogCap"/> characters.</summary>
    public static string ForLog(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var cut = text.Length > LogCap ? text[..LogCap] : text;
        var masked = Email().Replace(cut, "***@$1");
        return text.Length > LogCap ? $"{masked}… ({text.Length:N0} characters)" : masked;
    }

    /// <summary>A field's value as a log may show it: masked whole for personal fields, else as <see cref="ForLog"/>.</summary>
    public static string ForLog(string? field, string? value) =>
        IsPersonal(field) && !string.IsNullOrEmpty(value) ? $"*** ({value.Length} characters)" : ForLog(value);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-']+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})")]
    private static partial Regex Email();
}
