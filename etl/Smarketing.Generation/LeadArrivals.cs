namespace Smarketing.Generation;

/// <summary>
/// When new leads arrive: spread over the period with steady growth (the last month brings about twice the first),
/// fewer at weekends, mostly during the American working day. Arrival days rise with the lead number, so ids roughly
/// follow creation order like real ones.
/// </summary>
internal sealed class LeadArrivals(SeededRandom random, DateOnly from, DateOnly to, int leads)
{
    private const double Growth = 1.0;
    private readonly int _days = to.DayNumber - from.DayNumber + 1;

    public DateTime CreatedUtc(int index)
    {
        var u = (index + random.NextDouble()) / leads;
        var x = (-1 + Math.Sqrt(1 + (2 * Growth * u * (1 + (Growth / 2))))) / Growth;
        var day = from.AddDays(Math.Min(_days - 1, (int)(x * _days)));
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.Chance(0.6) && day.AddDays(2) <= to)
        {
            day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
        }

        var hour = random.Chance(0.75) ? random.Between(13, 23) : random.Between(0, 24);
        return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(hour).AddMilliseconds(random.Next(1000));
    }
}
