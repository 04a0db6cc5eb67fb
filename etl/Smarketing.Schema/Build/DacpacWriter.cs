using System.IO.Packaging;
using System.Text;
using Microsoft.SqlServer.Dac;
using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Build;

/// <summary>Writes the DACPAC: the model through DacFx, then the pre- and post-deployment scripts as the package parts
/// SSDT-built packages carry (<c>/predeploy.sql</c>, <c>/postdeploy.sql</c>), which DacServices runs around a deployment.</summary>
/// <remarks><see cref="PackageOptions"/> has no member for deployment scripts, so they are added with System.IO.Packaging
/// exactly as SSDT and MSBuild.Sdk.SqlProj add them.</remarks>
internal static class DacpacWriter
{
    public const string PreDeploymentPart = "/predeploy.sql";
    public const string PostDeploymentPart = "/postdeploy.sql";

    public static void Write(TSqlModel model, string dacpacPath, SqlSourceFile? preDeployment, SqlSourceFile? postDeployment)
    {
        var fullPath = Path.GetFullPath(dacpacPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + ".tmp";
        var metadata = new PackageMetadata
        {
            Name = Path.GetFileNameWithoutExtension(fullPath),
            Version = "1.0.0.0",
            Description = "Smarketing warehouse: stg, dw, rpt and etl schemas.",
        };
        DacPackageExtensions.BuildPackage(temporary, model, metadata, new PackageOptions());
        using (var package = Package.Open(temporary, FileMode.Open, FileAccess.ReadWrite))
        {
            AddScript(package, PreDeploymentPart, preDeployment);
            AddScript(package, PostDeploymentPart, postDeployment);
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    private static void AddScript(Package package, string partName, SqlSourceFile? script)
    {
        if (script is null)
        {
            return;
        }

        var part = package.CreatePart(new Uri(partName, UriKind.Relative), "text/plain");
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(WithFinalBatchSeparator(script.Text));
        stream.Write(bytes);
    }

    /// <summary>DacFx appends the script to the deployment script; a final GO keeps its last batch from merging with what follows.</summary>
    private static string WithFinalBatchSeparator(string text)
    {
        var lastLine = text.TrimEnd().Split('\n')[^1].Trim();
        return string.Equals(lastLine, "GO", StringComparison.OrdinalIgnoreCase) ? text : $"{text.TrimEnd()}{Environment.NewLine}GO{Environment.NewLine}";
    }
}
