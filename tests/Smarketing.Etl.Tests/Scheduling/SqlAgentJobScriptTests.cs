using Microsoft.SqlServer.TransactSql.ScriptDom;
using Smarketing.Cli.Scheduling;

namespace Smarketing.Etl.Tests.Scheduling;

public class SqlAgentJobScriptTests
{
    private static readonly SqlAgentJobOptions Options = new()
    {
        JobName = "Smarketing nightly",
        ScheduleTime = new TimeOnly(23, 5),
        OperatorName = "DBA Team",
        CliPath = @"D:\Apps\Smarketing\smarketing.exe",
        SourceDirectory = @"\\files\landing\crm",
        DatabaseName = "Warehouse",
        Retries = 4,
        RetryIntervalMinutes = 20,
    };

    /// <summary>The script parsed by ScriptDom (zero errors required) and its EXEC calls: procedure, then named arguments as written.</summary>
    private static (TSqlScript Script, List<(string Procedure, Dictionary<string, string> Arguments, TSqlFragment Node)> Calls) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty, sql);
        var calls = new CallCollector();
        script.Accept(calls);
        return (script, calls.Calls);
    }

    private static Dictionary<string, string> Call(IEnumerable<(string Procedure, Dictionary<string, string> Arguments, TSqlFragment Node)> calls, string procedure) =>
        calls.Single(c => c.Procedure == procedure).Arguments;

    [Test]
    public void The_script_parses_and_creates_the_job_step_schedule_and_server()
    {
        var (_, calls) = Parse(SqlAgentJobScript.Generate(Options));
        var step = Call(calls, "sp_add_jobstep");
        var schedule = Call(calls, "sp_add_schedule");
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.Procedure).Distinct(), Is.SupersetOf(new[]
            {
                "sp_add_job", "sp_update_job", "sp_add_jobserver", "sp_delete_jobstep", "sp_detach_schedule", "sp_add_jobstep", "sp_add_schedule", "sp_attach_schedule",
            }));
            Assert.That(calls.All(c => c.Node is ExecuteStatement e && ((ExecutableProcedureReference)e.ExecuteSpecification.ExecutableEntity)
                .ProcedureReference.ProcedureReference.Name.SchemaIdentifier.Value == "dbo"), "every call is qualified msdb.dbo");
            Assert.That(step["@subsystem"], Is.EqualTo("CmdExec"));
            Assert.That(step["@command"], Is.EqualTo(
                "\"D:\\Apps\\Smarketing\\smarketing.exe\" run --engine sqlserver --source \"\\\\files\\landing\\crm\" --database-name \"Warehouse\" --log-dir \"D:\\Apps\\Smarketing\\logs\""));
            Assert.That(step["@retry_attempts"], Is.EqualTo("4"));
            Assert.That(step["@retry_interval"], Is.EqualTo("20"));
            Assert.That(step["@cmdexec_success_code"], Is.EqualTo("0"));
            Assert.That(schedule["@freq_type"], Is.EqualTo("4"), "daily");
            Assert.That(schedule["@freq_interval"], Is.EqualTo("1"), "every day");
            Assert.That(schedule["@freq_subday_type"], Is.EqualTo("1"), "once, at the start time");
            Assert.That(schedule["@active_start_time"], Is.EqualTo("230500"));
            Assert.That(Call(calls, "sp_attach_schedule")["@schedule_id"], Is.EqualTo("@scheduleId"));
            Assert.That(Call(calls, "sp_add_jobserver")["@server_name"], Is.EqualTo("(local)"));
        });
    }

    [Test]
    public void A_failure_emails_the_operator_who_must_exist()
    {
        var sql = SqlAgentJobScript.Generate(Options);
        var (_, calls) = Parse(sql);
        var add = Call(calls, "sp_add_job");
        var update = calls.First(c => c.Procedure == "sp_update_job").Arguments;
        Assert.Multiple(() =>
        {
            Assert.That(add["@notify_level_email"], Is.EqualTo("2"), "2 = on failure");
            Assert.That(add["@notify_email_operator_name"], Is.EqualTo("@operatorName"));
            Assert.That(update["@notify_level_email"], Is.EqualTo("2"));
            Assert.That(sql, Does.Contain("DECLARE @operatorName sysname = N'DBA Team';"));
            Assert.That(sql, Does.Contain("IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = @operatorName)"));
        });
    }

    [Test]
    public void Without_an_operator_nobody_is_emailed()
    {
        var sql = SqlAgentJobScript.Generate(Options with { OperatorName = null });
        var (_, calls) = Parse(sql);
        Assert.Multiple(() =>
        {
            Assert.That(Call(calls, "sp_add_job")["@notify_level_email"], Is.EqualTo("0"));
            Assert.That(Call(calls, "sp_add_job"), Does.Not.ContainKey("@notify_email_operator_name"));
            Assert.That(sql, Does.Not.Contain("sysoperators"));
        });
    }

    [Test]
    public void Running_the_script_again_updates_the_job_instead_of_adding_a_second_one()
    {
        var (script, _) = Parse(SqlAgentJobScript.Generate(Options));
        var branch = new IfCollector();
        script.Accept(branch);
        var ifJobIsNew = branch.Ifs.Single(i => i.Predicate is BooleanIsNullExpression { IsNot: false, Expression: VariableReference { Name: "@jobId" } });
        var whenNew = new CallCollector();
        ifJobIsNew.ThenStatement.Accept(whenNew);
        var whenExisting = new CallCollector();
        ifJobIsNew.ElseStatement.Accept(whenExisting);
        Assert.Multiple(() =>
        {
            Assert.That(whenNew.Calls.Select(c => c.Procedure), Is.EqualTo(new[] { "sp_add_job", "sp_add_jobserver" }));
            Assert.That(whenExisting.Calls.Select(c => c.Procedure), Is.EqualTo(new[] { "sp_update_job", "sp_delete_jobstep", "sp_detach_schedule" }));
            Assert.That(whenExisting.Calls[1].Arguments["@step_id"], Is.EqualTo("0"), "every old step is removed before the step is added again");
        });
    }

    [Test]
    public void The_connection_string_is_never_in_the_script()
    {
        var sql = SqlAgentJobScript.Generate(Options);
        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Not.Contain("--connection-string"));
            Assert.That(sql, Does.Not.Contain("Password=").IgnoreCase.And.Not.Contain("Pwd=").IgnoreCase);
            Assert.That(sql, Does.Contain("SMARKETING_SQLSERVER"));
        });
    }

    [Test]
    public void Quotes_in_names_are_escaped_and_unusable_paths_are_refused()
    {
        var (_, calls) = Parse(SqlAgentJobScript.Generate(Options with { JobName = "O'Brien's ETL" }));
        Assert.That(calls, Is.Not.Empty);
        Assert.That(SqlAgentJobScript.Generate(Options with { JobName = "O'Brien's ETL" }), Does.Contain("N'O''Brien''s ETL'"));
        Assert.Throws<ArgumentException>(() => SqlAgentJobScript.Generate(Options with { SourceDirectory = "C:\\bad\"path" }));
        Assert.Throws<ArgumentException>(() => SqlAgentJobScript.Generate(Options with { Retries = -1 }));
    }

    private sealed class CallCollector : TSqlFragmentVisitor
    {
        public List<(string Procedure, Dictionary<string, string> Arguments, TSqlFragment Node)> Calls { get; } = [];

        public override void ExplicitVisit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification.ExecutableEntity is ExecutableProcedureReference reference)
            {
                var arguments = reference.Parameters.Where(p => p.Variable is not null).ToDictionary(
                    p => p.Variable.Name,
                    p => p.ParameterValue switch
                    {
                        Literal literal => literal.Value,
                        VariableReference variable => variable.Name,
                        var other => other.ToString() ?? "",
                    },
                    StringComparer.OrdinalIgnoreCase);
                Calls.Add((reference.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value, arguments, node));
            }

            base.ExplicitVisit(node);
        }
    }

    private sealed class IfCollector : TSqlFragmentVisitor
    {
        public List<IfStatement> Ifs { get; } = [];

        public override void ExplicitVisit(IfStatement node)
        {
            Ifs.Add(node);
            base.ExplicitVisit(node);
        }
    }
}
