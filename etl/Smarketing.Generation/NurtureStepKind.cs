namespace Smarketing.Generation;

/// <summary>The kinds of nurture step; each one may schedule the next (an open a click, a click a visit, a visit a form fill).</summary>
internal enum NurtureStepKind
{
    SendEmail,
    OpenEmail,
    ClickEmail,

    /// <summary>A website visit, organic or from an email click.</summary>
    Browse,

    FillOutForm,
    RegisterForWebinar,
    AttendWebinar,
}
