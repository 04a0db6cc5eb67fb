namespace Smarketing.Schema.Tests;

/// <summary>A throw-away copy of the warehouse project (without bin/ and obj/) that a test may break.</summary>
internal sealed class TemporaryWarehouse : IDisposable
{
    private TemporaryWarehouse(string directory) => Directory = directory;

    /// <summary>The copy's project folder.</summary>
    public string Directory { get; }

    /// <summary>A path for a DACPAC outside the project folder.</summary>
    public string DacpacPath => Path.Combine(Directory + ".out", "Test.dacpac");

    /// <summary>Copies the shipped warehouse project.</summary>
    public static TemporaryWarehouse CopyOfShipped()
    {
        var copy = Empty();
        var source = TestPaths.WarehouseDirectory;
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*.sql", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (!relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                copy.Write(relative, File.ReadAllText(file));
            }
        }

        return copy;
    }

    /// <summary>An empty project folder.</summary>
    public static TemporaryWarehouse Empty()
    {
        var directory = Path.Combine(Path.GetTempPath(), "smarketing-schema-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return new TemporaryWarehouse(directory);
    }

    /// <summary>Writes (or overwrites) a file of the copy.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces the first occurrence of <paramref name="oldText"/> in a file and returns the 1-based line it was on.</summary>
    public int Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Directory, relativePath);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"'{oldText}' is not in {relativePath}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), newText, text.AsSpan(index + oldText.Length)));
        return text[..index].Count(c => c == '\n') + 1;
    }

    public void Dispose()
    {
        foreach (var directory in new[] { Directory, Directory + ".out" }.Where(System.IO.Directory.Exists))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        // The shared parent goes too once no other copy is in it (another test may just be creating one: then it stays).
        var parent = Path.GetDirectoryName(Directory)!;
        try
        {
            if (System.IO.Directory.Exists(parent) && !System.IO.Directory.EnumerateFileSystemEntries(parent).Any())
            {
                System.IO.Directory.Delete(parent);
            }
        }
        catch (IOException)
        {
        }
    }
}
