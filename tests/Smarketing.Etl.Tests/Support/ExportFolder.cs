using System.Globalization;
using System.Text;

namespace Smarketing.Etl.Tests.Support;

/// <summary>Writes small hand-made export files (header from docs/SOURCES.md order; unspecified fields empty).</summary>
internal sealed class ExportFolder
{
    private readonly Dictionary<string, (string[] Header, List<Dictionary<string, string>> Rows)> files = [];

    /// <summary>User.csv's columns, in docs/SOURCES.md order.</summary>
    public const string UserHeader = "Id,Name,Email,IsActive,UserRoleId,ManagerId,TimeZoneSidKey,Department,Title,CreatedDate,SystemModstamp";

    public ExportFolder(string path) => Path = path;

    public string Path { get; }

    public ExportFolder Add(string file, string header, Dictionary<string, string> row)
    {
        if (!files.TryGetValue(file, out var f))
        {
            files[file] = f = (header.Split(','), []);
        }

        f.Rows.Add(row);
        return this;
    }

    /// <summary>Adds an active user to User.csv; the e-mail is the first name, lower-cased, at example.com.</summary>
    public ExportFolder AddUser(
        string id, string name, string department, string created = "2023-01-01T00:00:00.000Z", string zone = "America/New_York",
        string? manager = null) =>
        Add("User.csv", UserHeader, new()
        {
            ["Id"] = id, ["Name"] = name, ["Email"] = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com", ["IsActive"] = "true",
            ["ManagerId"] = manager ?? "", ["TimeZoneSidKey"] = zone, ["Department"] = department, ["CreatedDate"] = created,
            ["SystemModstamp"] = created,
        });

    public void Write()
    {
        Directory.CreateDirectory(Path);
        foreach (var (file, (header, rows)) in files)
        {
            var text = new StringBuilder(string.Join(',', header)).Append("\r\n");
            foreach (var row in rows)
            {
                text.Append(string.Join(',', header.Select(h => Quote(row.GetValueOrDefault(h, ""))))).Append("\r\n");
            }

            File.WriteAllText(System.IO.Path.Combine(Path, file), text.ToString(), new UTF8Encoding(false));
        }
    }

    public static string Utc(int month, int day, int hour, int minute = 0) =>
        new DateTime(2024, month, day, hour, minute, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
