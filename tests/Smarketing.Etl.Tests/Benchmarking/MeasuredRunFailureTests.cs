using Smarketing.Benchmarking;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Benchmarking;

/// <summary>A measured run that fails (e.g. the engine out of memory at a million leads) stops the bench with the run's own reason
/// and leaves no generated exports behind.</summary>
public class MeasuredRunFailureTests
{
    /// <summary>Measures the read_csv baseline as a success and refuses every ETL batch, as a run out of memory would.</summary>
    private sealed class FailingBatches : IMeasurementHost
    {
        public Measurement Measure(MeasuredRun run) => run.Kind == MeasuredRunKind.ReadCsv
            ? new Measurement(1, 10, 10, 50, 50, 10, 1, 0, 0, 0, 1, [])
            : throw new MeasuredRunFailedException("The measured run (EtlBatch from x) exited with code 1: Out of Memory Error", "detail");
    }

    [Test]
    public void A_failed_run_stops_the_bench_and_removes_the_scale_s_exports()
    {
        var work = Path.Combine(TestTemp.Root, "bench-failure-" + Guid.NewGuid().ToString("N"));
        var runner = new BenchmarkRunner(new BenchmarkOptions { Leads = [150], WorkDirectory = work }, host: new FailingBatches());

        var e = Assert.Throws<MeasuredRunFailedException>(() => runner.Run());

        Assert.That(e!.Message, Does.EndWith("exited with code 1: Out of Memory Error"));
        Assert.That(Directory.Exists(Path.Combine(work, "leads-150")), Is.False, "the generated exports are removed");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public void The_reason_is_the_first_line_that_is_not_a_stack_frame_without_the_exception_type()
    {
        const string printed = "\n Unhandled exception: DuckDB.NET.Data.DuckDBException (0x00000021): Out of Memory Error: failed to pin block\n" +
                               "   at DuckDB.NET.Data.PreparedStatement.Prepare()\n";

        Assert.That(MeasuredRunFailedException.ReasonIn(printed), Is.EqualTo("Out of Memory Error: failed to pin block"));
        Assert.That(MeasuredRunFailedException.ReasonIn("   at Somewhere()\nplain message"), Is.EqualTo("plain message"));
        Assert.That(MeasuredRunFailedException.ReasonIn(string.Empty), Is.EqualTo("no output"));
    }
}
