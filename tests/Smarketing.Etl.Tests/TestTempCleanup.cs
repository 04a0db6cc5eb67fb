using Smarketing.Etl.Tests.Support;

/// <summary>Assembly-wide: after the last test, the run's temporary folder goes (<see cref="TestTemp"/>).</summary>
[SetUpFixture]
#pragma warning disable CA1050 // NUnit applies a SetUpFixture outside any namespace to the whole assembly.
public sealed class TestTempCleanup
#pragma warning restore CA1050
{
    [OneTimeTearDown]
    public void DeleteTheRunsFolder() => TestTemp.Delete();
}
