using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Etl.Tests.Loading;

public class DuckDbLockHolderTests
{
    [Test]
    public void A_DuckDB_shell_holding_the_file_is_named_and_not_taken_for_another_run()
    {
        const string error = "IO Error: Could not set lock on file \"/data/w.duckdb\": Conflicting lock is held in /usr/local/bin/duckdb (PID 4242) by user bi.";
        Assert.That(DuckDbLockHolder.Describe("/data/w.duckdb", error), Is.EqualTo(
            "The warehouse /data/w.duckdb is held open by another program, /usr/local/bin/duckdb (PID 4242) — e.g. a DuckDB shell or a BI tool " +
            "reading the file. Close it (or detach the file there) and run again."));
    }

    [Test]
    public void Another_smarketing_process_holding_the_file_is_a_run_in_progress()
    {
        const string error = "IO Error: Could not set lock on file \"/data/w.duckdb\": Conflicting lock is held in /usr/share/dotnet/dotnet (PID 77) by user etl.";
        Assert.That(DuckDbLockHolder.Describe("/data/w.duckdb", error), Does.Contain("another run is in progress"));
    }
}
