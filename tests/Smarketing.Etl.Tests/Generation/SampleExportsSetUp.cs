namespace Smarketing.Etl.Tests.Generation;

/// <summary>Generates the default sample (2,000 leads, seed 42, 2023-01-01 .. 2025-06-30) once for all generation tests.</summary>
[SetUpFixture]
public sealed class SampleExportsSetUp
{
    private static GeneratedExports? _default;

    internal static GeneratedExports Default => _default ?? throw new InvalidOperationException("The sample exports were not generated.");

    [OneTimeSetUp]
    public void Generate() => _default = new GeneratedExports(leads: 2000, seed: 42);

    [OneTimeTearDown]
    public void Delete() => _default?.Dispose();
}
