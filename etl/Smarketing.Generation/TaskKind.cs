namespace Smarketing.Generation;

/// <summary>A logged sales touch: what Task.Subject, TaskSubtype and Type say about it.</summary>
internal sealed record TaskKind(string Subject, string Subtype, string Type)
{
    public static readonly TaskKind FirstCall = new("Call", "Call", "Call");
    public static readonly TaskKind IntroEmail = new("Intro email", "Email", "Email");
    public static readonly TaskKind FollowUpCall = new("Follow-up call", "Call", "Call");
    public static readonly TaskKind FollowUpEmail = new("Follow-up email", "Email", "Email");
    public static readonly TaskKind DiscoveryMeeting = new("Discovery meeting", "Task", "Meeting");
    public static readonly TaskKind ProductDemo = new("Product demo", "Task", "Meeting");
}
