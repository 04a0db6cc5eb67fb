namespace Smarketing.Generation;

/// <summary>Marketo activity type ids as the vendor documents them (docs/SOURCES.md); 100001 is this instance's custom webinar type.</summary>
internal static class MarketoActivityType
{
    public const int VisitWebpage = 1;
    public const int FillOutForm = 2;
    public const int SendEmail = 6;
    public const int EmailDelivered = 7;
    public const int EmailBounced = 8;
    public const int UnsubscribeEmail = 9;
    public const int OpenEmail = 10;
    public const int ClickEmail = 11;
    public const int NewLead = 12;
    public const int ConvertLead = 21;
    public const int ChangeScore = 22;
    public const int AddToList = 24;
    public const int MergeLeads = 32;
    public const int InterestingMoment = 46;
    public const int ChangeRevenueStage = 101;
    public const int ChangeStatusInProgression = 104;
    public const int AttendedWebinar = 100001;

    /// <summary>A type id the readers do not know: must be kept and typed "Other".</summary>
    public const int Unknown = 999;
}
