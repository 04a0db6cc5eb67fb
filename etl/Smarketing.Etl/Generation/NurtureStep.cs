namespace Smarketing.Etl.Generation;

/// <summary>Something that will happen during nurture, at a known moment.</summary>
internal readonly record struct NurtureStep(DateTime At, NurtureStepKind Kind, int Number = 0, MarketingCampaign? Campaign = null);

/// <summary>The kinds of nurture step.</summary>
internal enum NurtureStepKind
{
    /// <summary>The next nurture email goes out (<see cref="NurtureStep.Number"/> counts emails from 0).</summary>
    SendEmail,

    /// <summary>The lead opens email <see cref="NurtureStep.Number"/> of <see cref="NurtureStep.Campaign"/>.</summary>
    OpenEmail,

    /// <summary>An organic visit to the website.</summary>
    Browse,

    RegisterForWebinar,
    AttendWebinar,
}
