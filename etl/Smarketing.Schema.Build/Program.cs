using System.Diagnostics;
using System.Globalization;
using Smarketing.Schema.Build;

// Smarketing.Schema.Build --source <warehouse dir> --out <file.dacpac> [--warnaserror]
// Builds the DACPAC and prints every problem in MSBuild's canonical format so that the build fails on errors and names the file.
// Exit codes: 0 built, 1 schema errors (or warnings with --warnaserror), 2 bad arguments.
string? source = null, output = null;
var warningsAsErrors = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--source" when i + 1 < args.Length: source = args[++i]; break;
        case "--out" when i + 1 < args.Length: output = args[++i]; break;
        case "--warnaserror": warningsAsErrors = true; break;
        default:
            Console.Error.WriteLine($"Smarketing.Schema.Build: error SMK0002: unknown argument '{args[i]}'.");
            return 2;
    }
}

if (source is null || output is null)
{
    Console.Error.WriteLine("Smarketing.Schema.Build: error SMK0002: usage: Smarketing.Schema.Build --source <warehouse dir> --out <file.dacpac> [--warnaserror]");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var result = new DacpacBuilder(source).Build(output);
foreach (var problem in result.Problems)
{
    Console.WriteLine(problem.ToMsBuildFormat());
}

var failed = result.HasErrors || (warningsAsErrors && result.Warnings.Any());
if (failed)
{
    if (result.DacpacPath is not null)
    {
        File.Delete(result.DacpacPath);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Smarketing.Schema.Build: {result.Errors.Count()} error(s), {result.Warnings.Count()} warning(s); no DACPAC written."));
    return 1;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Smarketing.Schema.Build: wrote {result.DacpacPath} in {stopwatch.Elapsed.TotalSeconds:0.0} s ({result.Warnings.Count()} warning(s))."));
return 0;
