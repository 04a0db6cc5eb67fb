namespace Smarketing.Generation;

/// <summary>
/// The handful of oddities real exports have, placed deterministically on about five leads each: deleted leads, a lead row
/// repeated with an older SystemModstamp, merged duplicates, an unknown Marketo activity type, and one company name and one
/// title that need CSV quoting.
/// </summary>
internal sealed class ExportQuirks(int leads)
{
    private readonly int _stride = Math.Max(1, leads / 5);

    /// <summary>A junk lead deleted a few days after it arrived (IsDeleted = true on its rows).</summary>
    public bool IsDeleted(int index) => Hit(index, 1);

    /// <summary>The lead's row appears twice: an older copy with a different Rating and an older SystemModstamp.</summary>
    public bool IsRepeated(int index) => Hit(index, 2);

    /// <summary>The older copy comes after the current one in the file (so "last row wins" would be wrong).</summary>
    public bool StaleCopyComesLast(int index) => (index / _stride) % 2 == 1;

    /// <summary>A second lead for the same person is created and merged into this one.</summary>
    public bool AbsorbsDuplicate(int index) => Hit(index, 3);

    /// <summary>One Marketo activity of a type id the readers do not know.</summary>
    public bool HasUnknownActivity(int index) => Hit(index, 4);

    /// <summary>The one lead whose company name contains a comma and quotes.</summary>
    public bool HasQuotedCompany(int index) => index == leads / 3;

    /// <summary>The one lead whose title contains a line break.</summary>
    public bool HasMultilineTitle(int index) => index == leads / 2;

    private bool Hit(int index, int quirk) => index % _stride == (quirk * 7) % _stride;
}
