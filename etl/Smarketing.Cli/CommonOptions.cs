using System.CommandLine;
using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> LogDirectory { get; } = new("--log-dir")
    {
        Description = "Folder of the rolling JSON log (one file per day).",
        DefaultValueFactory = _ => new DirectoryInfo("logs"),
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show debug messages on the console.",
        Recursive = true,
    };

    public static Option<string> Engine()
    {
        var option = new Option<string>("--engine")
        {
            Description = "Warehouse engine: duckdb (embedded, default) or sqlserver.",
            DefaultValueFactory = _ => "duckdb",
        };
        option.AcceptOnlyFromAmong("duckdb", "sqlserver");
        return option;
    }

    public static Option<FileInfo> Database() => new("--database")
    {
        Description = "DuckDB database file (engine duckdb).",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("demo", "warehouse.duckdb")),
    };

    public static Option<string?> ConnectionString() => new("--connection-string")
    {
        Description = "SQL Server connection string (engine sqlserver). Default: the SMARKETING_SQLSERVER environment variable. " +
                      "Authentication options of Microsoft.Data.SqlClient (Integrated, Active Directory …) pass through.",
    };

    public static Option<string> DatabaseName() => new("--database-name")
    {
        Description = "SQL Server database name to create or upgrade.",
        DefaultValueFactory = _ => "SmarketingWarehouse",
    };

    public static Option<FileInfo?> Dacpac() => new("--dacpac")
    {
        Description = "The warehouse model to use (default: Smarketing.Warehouse.dacpac beside the program).",
    };

    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "Funnel configuration file (default: the shipped config/funnel.json).",
    };

    /// <summary><c>--memory-limit</c>: the embedded engine's memory budget; checked at parse time so a bad value exits 2.</summary>
    public static Option<string?> MemoryLimit()
    {
        var option = new Option<string?>("--memory-limit")
        {
            Description = "DuckDB memory budget, e.g. 512MB, 2GB, 1.5GiB; beyond it the engine spills to <database>.tmp. Default: " +
                          $"{DuckDbResources.MemoryLimitVariable}, else a quarter of the memory available, between 256 MiB and 512 MiB.",
        };
        option.Validators.Add(r =>
            Check(r, () => DuckDbResources.ParseMemorySize(r.GetValueOrDefault<string?>() ?? "", "--memory-limit")));
        return option;
    }

    /// <summary><c>--threads</c>: the embedded engine's thread count; checked at parse time so a bad value exits 2.</summary>
    public static Option<string?> Threads()
    {
        var option = new Option<string?>("--threads")
        {
            Description = $"DuckDB threads. Default: {DuckDbResources.ThreadsVariable}, else one per processor available.",
        };
        option.Validators.Add(r => Check(r, () => DuckDbResources.ParseThreads(r.GetValueOrDefault<string?>() ?? "", "--threads")));
        return option;
    }

    private static void Check(System.CommandLine.Parsing.OptionResult result, Action parse)
    {
        try
        {
            parse();
        }
        catch (ArgumentException e)
        {
            result.AddError(e.Message);
        }
    }
}
