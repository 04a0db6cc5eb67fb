using System.CommandLine;

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
}
