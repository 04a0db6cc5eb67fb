using Microsoft.SqlServer.Dac;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>Deploys the DACPAC to SQL Server with DacServices (blocking on possible data loss by default) and writes the
/// offline create script. The connection string passes SqlClient's authentication options through unchanged.</summary>
public static class SqlServerDeployer
{
    /// <summary>Deploy options: block on data loss unless allowed; never drop objects that are not in the model.</summary>
    public static DacDeployOptions Options(bool allowDataLoss) => new()
    {
        BlockOnPossibleDataLoss = !allowDataLoss,
        DropObjectsNotInSource = false,
        IncludeTransactionalScripts = true,
        CreateNewDatabase = false,
    };

    /// <summary>Deploys (creating or upgrading) <paramref name="databaseName"/>; DacFx messages go to <paramref name="message"/>.</summary>
    public static void Deploy(string dacpacPath, string connectionString, string databaseName, bool allowDataLoss, Action<string> message)
    {
        using var package = DacPackage.Load(dacpacPath);
        var services = new DacServices(connectionString);
        services.Message += (_, e) => message(e.Message.ToString());
        services.Deploy(package, databaseName, upgradeExisting: true, Options(allowDataLoss));
    }

    /// <summary>Writes the full create script for <paramref name="databaseName"/> without a server.</summary>
    public static void WriteCreateScript(string dacpacPath, string databaseName, string outputPath)
    {
        using var package = DacPackage.Load(dacpacPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using var stream = File.Create(outputPath);
        DacServices.GenerateCreateScript(stream, package, databaseName, Options(allowDataLoss: false));
    }
}
