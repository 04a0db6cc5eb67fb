namespace Smarketing.Generation;

/// <summary>The open export files of one run; rows go straight to disk.</summary>
internal sealed class SourceExportSet : IDisposable
{
    private readonly CsvExportWriter[] _all;

    public SourceExportSet(string directory)
    {
        Directory.CreateDirectory(directory);
        _all = new CsvExportWriter[SourceFileLayout.Files.Count];
        try
        {
            for (var i = 0; i < _all.Length; i++)
            {
                var (name, columns) = SourceFileLayout.Files[i];
                _all[i] = new CsvExportWriter(Path.Combine(directory, name), columns);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public CsvExportWriter Users => _all[0];

    public CsvExportWriter Leads => _all[1];

    public CsvExportWriter LeadHistory => _all[2];

    public CsvExportWriter Contacts => _all[3];

    public CsvExportWriter Accounts => _all[4];

    public CsvExportWriter Opportunities => _all[5];

    public CsvExportWriter OpportunityHistory => _all[6];

    public CsvExportWriter Campaigns => _all[7];

    public CsvExportWriter CampaignMembers => _all[8];

    public CsvExportWriter Tasks => _all[9];

    public CsvExportWriter MarketoActivities => _all[10];

    public CsvExportWriter MarketoLeads => _all[11];

    public CsvExportWriter Targets => _all[12];

    public CsvExportWriter OpportunityContactRoles => _all[13];

    /// <summary>Row counts and sizes; call after <see cref="Dispose"/> so sizes are final.</summary>
    public IReadOnlyList<GeneratedFile> Describe() => [.. _all.Select(w => new GeneratedFile(w.FileName, w.Rows, w.Bytes))];

    public void Dispose()
    {
        foreach (var writer in _all)
        {
            writer?.Dispose();
        }
    }
}
