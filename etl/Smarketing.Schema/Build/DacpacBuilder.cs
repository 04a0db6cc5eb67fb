using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Build;

/// <summary>Builds the warehouse DACPAC from the SSDT-style project folder, as a SQL project SDK would: every <c>*.sql</c> object file
/// (except <c>Scripts/</c>) goes into a SQL Server 2022 model that is validated and statically analysed; the package carries
/// <c>Scripts/PreDeployment.sql</c> and <c>Scripts/PostDeployment.sql</c>.</summary>
public sealed class DacpacBuilder
{
    /// <summary>The script run before every deployment's schema changes.</summary>
    public const string PreDeploymentScript = "PreDeployment.sql";

    /// <summary>The script run after every deployment (the dimensions' unknown members).</summary>
    public const string PostDeploymentScript = "PostDeployment.sql";

    /// <summary>Creates a builder for the project folder holding <c>Schemas/</c>, <c>dw/</c>, <c>rpt/</c> … (the warehouse directory).</summary>
    public DacpacBuilder(string sourceDirectory)
    {
        SourceDirectory = Path.GetFullPath(sourceDirectory);
        if (!Directory.Exists(SourceDirectory))
        {
            throw new DirectoryNotFoundException($"Warehouse source directory '{SourceDirectory}' does not exist.");
        }
    }

    /// <summary>The target platform of the model: SQL Server 2022.</summary>
    public static SqlServerVersion TargetVersion => SqlServerVersion.Sql160;

    /// <summary>Absolute path of the project folder.</summary>
    public string SourceDirectory { get; }

    /// <summary>Builds and checks the model and, when there are no errors, writes <paramref name="dacpacPath"/>.
    /// On errors any existing package at that path is deleted, so an incremental build cannot keep a stale one.</summary>
    public SchemaBuildResult Build(string dacpacPath)
    {
        var problems = new List<BuildProblem>();
        using var model = CreateModel(problems);
        var preDeployment = CheckedScript(PreDeploymentScript, problems);
        var postDeployment = CheckedScript(PostDeploymentScript, problems);
        if (!HasErrors(problems))
        {
            problems.AddRange(ModelValidator.Validate(model));
        }

        if (!HasErrors(problems))
        {
            problems.AddRange(StaticCodeAnalysis.Analyze(model));
        }

        var ordered = problems.Distinct().OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        if (HasErrors(problems))
        {
            if (File.Exists(dacpacPath))
            {
                File.Delete(dacpacPath);
            }

            return new SchemaBuildResult(ordered, null);
        }

        DacpacWriter.Write(model, dacpacPath, preDeployment, postDeployment);
        return new SchemaBuildResult(ordered, Path.GetFullPath(dacpacPath));
    }

    /// <summary>Loads every object file into a new model, adding syntax errors, model errors and convention breaches to
    /// <paramref name="problems"/>. When a file has syntax errors no file is added (the model would only repeat them as
    /// unresolved references). The caller owns the returned model.</summary>
    public TSqlModel CreateModel(ICollection<BuildProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var parsed = new List<(SqlSourceFile File, string Script)>();
        var syntaxOk = true;
        foreach (var file in SqlSourceFile.FindObjectFiles(SourceDirectory))
        {
            if (file.HeaderComment is null)
            {
                problems.Add(new BuildProblem(BuildSeverity.Warning, file.RelativePath, 1, 1, "SMK0001",
                    "The file must start with a one-line '--' comment saying what one row (or the object) means."));
            }

            var script = SqlSyntax.Parse(file, problems);
            syntaxOk &= script is not null;
            if (script is not null)
            {
                parsed.Add((file, file.Text + ObjectDescription.ExtendedPropertyBatch(script, file.HeaderComment)));
            }
        }

        var model = new TSqlModel(TargetVersion, new TSqlModelOptions());
        if (syntaxOk)
        {
            AddToModel(model, parsed, problems);
        }

        return model;
    }

    private static void AddToModel(TSqlModel model, List<(SqlSourceFile File, string Script)> files, ICollection<BuildProblem> problems)
    {
        var options = new TSqlObjectOptions();
        foreach (var (file, script) in files)
        {
            try
            {
                model.AddOrUpdateObjects(script, file.RelativePath, options);
            }
            catch (DacModelException ex)
            {
                foreach (var message in ex.Messages.DefaultIfEmpty())
                {
                    problems.Add(new BuildProblem(BuildSeverity.Error, file.RelativePath, 0, 0,
                        message is null ? "SQL0" : $"{message.Prefix}{message.Number}", message?.Message ?? ex.Message));
                }

                return;
            }
        }

        foreach (var error in model.GetModelErrors())
        {
            var severity = error.Severity == ModelErrorSeverity.Error ? BuildSeverity.Error : BuildSeverity.Warning;
            problems.Add(new BuildProblem(severity, error.SourceName ?? "(model)", error.Line, error.Column, $"{error.Prefix}{error.ErrorCode}", error.Message));
        }
    }

    private SqlSourceFile? CheckedScript(string fileName, ICollection<BuildProblem> problems)
    {
        var script = SqlSourceFile.FindScript(SourceDirectory, fileName);
        if (script is not null)
        {
            SqlSyntax.Parse(script, problems);
        }

        return script;
    }

    private static bool HasErrors(IEnumerable<BuildProblem> problems) => problems.Any(p => p.Severity == BuildSeverity.Error);
}
