namespace Smarketing.Generation;

/// <summary>
/// The upcoming nurture steps of one lead, taken in time order, so Marketo's activities (and the running score in the
/// Change Score rows) follow the clock even when an open, a visit and a webinar interleave.
/// </summary>
internal sealed class NurtureAgenda
{
    private readonly List<NurtureStep> _steps = [];

    public void Clear() => _steps.Clear();

    /// <summary>Adds a step; steps at the same moment keep the order they were added in.</summary>
    public void Add(NurtureStep step)
    {
        var i = _steps.Count;
        while (i > 0 && _steps[i - 1].At > step.At)
        {
            i--;
        }

        _steps.Insert(i, step);
    }

    public bool TryTakeNext(out NurtureStep step)
    {
        if (_steps.Count == 0)
        {
            step = default;
            return false;
        }

        step = _steps[0];
        _steps.RemoveAt(0);
        return true;
    }
}
