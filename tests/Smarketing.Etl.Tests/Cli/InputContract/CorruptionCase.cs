using Smarketing.Etl.Pipeline;

namespace Smarketing.Etl.Tests.Cli.InputContract;

/// <summary>One expected etl.RejectedRow: file, first physical line, field, words of the reason, and what happened.</summary>
public sealed record ExpectedReject(string File, int Line, string? Field, string Reason, string Action = "RowRejected", int? LastLine = null);

/// <summary>A damage done to a valid export and what the real CLI must answer on a fresh and on a loaded warehouse.</summary>
/// <param name="Name">What the case is (the words where it lists it).</param>
/// <param name="Corrupt">Edits the copied landing folder.</param>
/// <param name="FreshExit">Exit code on a warehouse with no batch yet (its batch is a full extract).</param>
/// <param name="LoadedExit">Exit code on a warehouse loaded with the valid export (a delta unless --full is passed).</param>
/// <param name="Rejects">The rejected rows and emptied fields the batch records (the same on both warehouses).</param>
public sealed record CorruptionCase(string Name, Action<string> Corrupt, int FreshExit, int LoadedExit, params ExpectedReject[] Rejects)
{
    /// <summary>Extra arguments of <c>run</c> (e.g. --full).</summary>
    public string[] Arguments { get; init; } = [];

    /// <summary>Words the batch's message (etl.BatchRun.Message) holds when it is refused.</summary>
    public string? Message { get; init; }

    /// <summary>Words one of the batch's notes (etl.BatchRun.Notes) holds.</summary>
    public string? Note { get; init; }

    /// <summary>The damaged file whose every physical line must be accounted for (staged, rejected, or the header).</summary>
    public (string File, string Table)? Accounted { get; init; }

    public bool Refused(int exit) => exit != ExitCodes.Success;

    public override string ToString() => Name;
}
