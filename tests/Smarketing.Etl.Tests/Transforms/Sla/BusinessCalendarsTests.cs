using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Sla;

namespace Smarketing.Etl.Tests.Transforms.Sla;

public sealed class BusinessCalendarsTests
{
    private static readonly BusinessCalendars Configured = new(ConfigurationLoader.Load(null).Value);

    [Test]
    public void A_rep_gets_the_calendar_of_their_time_zone()
    {
        Assert.That(Configured.ForRep("America/Chicago").Name, Is.EqualTo("US Central"));
        Assert.That(Configured.ForRep("Europe/London").Name, Is.EqualTo("UK"));
    }

    [Test]
    public void A_rep_in_a_zone_without_a_calendar_gets_the_default()
    {
        Assert.That(Configured.ForRep("Asia/Tokyo").Name, Is.EqualTo("US Eastern"));
        Assert.That(Configured.ForRep(null).Name, Is.EqualTo("US Eastern"));
        Assert.That(Configured.ForRep("").Name, Is.EqualTo("US Eastern"));
    }

    [Test]
    public void The_first_calendar_in_a_zone_wins()
    {
        var configuration = new FunnelConfiguration
        {
            Calendars =
            [
                Named("Sales East", TestCalendars.Definition("America/New_York", "09:00", "17:00", TestCalendars.Weekdays)),
                Named("Support East", TestCalendars.Definition("America/New_York", "08:00", "20:00", TestCalendars.EveryDay)),
                Named("London", TestCalendars.Definition("Europe/London", "09:00", "17:30", TestCalendars.Weekdays)),
            ],
            DefaultCalendar = "London",
        };

        var calendars = new BusinessCalendars(configuration);

        Assert.That(calendars.ForRep("America/New_York").Name, Is.EqualTo("Sales East"));
        Assert.That(calendars.Default.Name, Is.EqualTo("London"));
        Assert.That(calendars.All.Select(c => c.Name), Is.EqualTo(new[] { "Sales East", "Support East", "London" }));
    }

    [Test]
    public void Calendars_are_found_by_name()
    {
        Assert.That(Configured["US Pacific"].TimeZone.Id, Is.EqualTo("America/Los_Angeles"));
        var e = Assert.Throws<KeyNotFoundException>(() => _ = Configured["US Mountain"]);
        Assert.That(e!.Message, Is.EqualTo("Business calendar 'US Mountain' is not configured (US Eastern, US Central, US Pacific, UK)"));
    }

    private static BusinessCalendarDefinition Named(string name, BusinessCalendarDefinition definition)
    {
        definition.Name = name;
        return definition;
    }
}
