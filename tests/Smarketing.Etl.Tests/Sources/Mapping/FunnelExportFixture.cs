using System.Text;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The second worked example of docs/MAPPING.md (docs/examples/funnel-export.mapping.json): a marketing-funnel export
/// shaped like the public one of issue 16, made up by hand. Ten MQLs (M03 exported twice), first contact 1–10 March 2024 at
/// midnight; origins paid_search M01 M02 M10, social M06 (both Paid Media), organic_search M03 M04 (Organic), email M05,
/// referral M07, empty M08 and "unknown" M09 (both Unknown). Five closed deals, won at a time written with a space for the T:
/// M01 SDR-A/SR-X 15 Mar 10:00 (1000), M02 SDR-A/SR-Y 22 Mar 16:30 (2000, profile "cat, wolf"), M04 SDR-B/SR-X 30 Mar 09:00
/// (0, no profile), M06 SDR-B/SR-X 2 Apr 12:00 (500), M07 no SDR/SR-Y 5 Apr 08:00 (0).</summary>
internal static class FunnelExportFixture
{
    public static readonly DateTime AsOf = new(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc);

    public static string MappingPath => Path.Combine(AppContext.BaseDirectory, "examples", "funnel-export.mapping.json");

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mqls.csv"), """
            mql_id,first_contact_date,landing_page_id,origin
            M01,2024-03-01,lp1,paid_search
            M02,2024-03-02,lp1,paid_search
            M03,2024-03-03,lp2,organic_search
            M04,2024-03-04,lp2,organic_search
            M05,2024-03-05,lp3,email
            M06,2024-03-06,lp3,social
            M07,2024-03-07,lp1,referral
            M08,2024-03-08,lp2,
            M09,2024-03-09,lp3,unknown
            M10,2024-03-10,lp1,paid_search
            M03,2024-03-03,lp2,organic_search

            """, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "closed_deals.csv"), """
            mql_id,seller_id,sdr_id,sr_id,won_date,business_segment,lead_type,lead_behaviour_profile,declared_monthly_revenue
            M01,SEL1,SDR-A,SR-X,2024-03-15 10:00:00,home_decor,online_medium,cat,1000
            M02,SEL2,SDR-A,SR-Y,2024-03-22 16:30:00,health_beauty,online_big,"cat, wolf",2000
            M04,SEL3,SDR-B,SR-X,2024-03-30 09:00:00,home_decor,industry,,0
            M06,SEL4,SDR-B,SR-X,2024-04-02 12:00:00,car_accessories,online_small,eagle,500
            M07,SEL5,,SR-Y,2024-04-05 08:00:00,home_decor,offline,shark,0

            """, new UTF8Encoding(false));
    }
}
