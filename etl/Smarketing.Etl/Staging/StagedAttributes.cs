using System.Globalization;
using Smarketing.Etl.Transforms;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Staging;

/// <summary>Typed staging columns taken from a field of the same row when it is staged — Marketo's attributes JSON above all — so
/// the JSON is parsed once, here, and every later query (the set-based activity fact first) reads a typed column. The e-mail's
/// SHA-256 and domain are computed here too: SHA-256 of UTF-8 text has no portable SQL, and the set-based lead dimension reads
/// them from stg.</summary>
public static class StagedAttributes
{
    /// <summary>stg.MarketoActivity.scoreDelta: the "Change Value" of a Change Score activity (null for every other type).</summary>
    public const string ScoreDeltaColumn = "scoreDelta";

    /// <summary>stg.SalesforceLead/SalesforceContact.EmailHash: <see cref="EmailIdentity.Hash"/> of the row's Email.</summary>
    public const string EmailHashColumn = "EmailHash";

    /// <summary>stg.SalesforceLead/SalesforceContact.EmailDomain: <see cref="EmailIdentity.Domain"/> of the row's Email.</summary>
    public const string EmailDomainColumn = "EmailDomain";

    /// <summary>The staged column the e-mail columns are derived from.</summary>
    public const string EmailColumn = "Email";

    /// <summary>One function per derived column (in order) computing its value from the values read for <paramref name="read"/>.</summary>
    public static IReadOnlyList<Func<object?[], object?>> For(IReadOnlyList<string> derived, IReadOnlyList<ColumnDefinition> read) =>
        derived.Select(column => column switch
        {
            ScoreDeltaColumn => ScoreDeltaOf(Ordinal(read, "activityTypeId"), Ordinal(read, "attributes")),
            EmailHashColumn => Of(Ordinal(read, EmailColumn), EmailIdentity.Hash),
            EmailDomainColumn => Of(Ordinal(read, EmailColumn), EmailIdentity.Domain),
            _ => throw new ArgumentException($"no staging rule computes the column {column}", nameof(derived)),
        }).ToList();

    /// <summary>The "Change Value" of a Change Score activity's attributes (e.g. "+10" or -5); null when absent or unreadable.</summary>
    public static int? ScoreDelta(string? attributesJson) =>
        int.TryParse(ActivityAttributes.Text(attributesJson, "Change Value"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var delta)
            ? delta
            : null;

    private static Func<object?[], object?> ScoreDeltaOf(int type, int attributes) =>
        values => values[type] is int id && id == MarketoActivityTypes.ChangeScore ? ScoreDelta(values[attributes] as string) : null;

    private static Func<object?[], object?> Of(int email, Func<string?, string?> rule) => values => rule(values[email] as string);

    private static int Ordinal(IReadOnlyList<ColumnDefinition> read, string column)
    {
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Name.Equals(column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"the staging rule for a derived column needs the column {column}, which the table lacks");
    }
}
