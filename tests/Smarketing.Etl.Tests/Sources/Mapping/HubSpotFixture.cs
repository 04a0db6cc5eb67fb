using System.Text;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>A hand-made HubSpot export (internal property names as headers) for the hubspot preset.
/// Contact 501 (PAID_SEARCH, owner 101, CTO): subscriber 4 Mar 09:15, lead 5 Mar, MQL 6 Mar, SQL 8 Mar, opportunity 11 Mar, customer
/// 29 Mar; its deal 9001 entered appointmentscheduled 11 Mar, presentationscheduled 15 Mar, contractsent 22 Mar, closedwon 29 Mar.
/// Contact 502 (ORGANIC_SEARCH, owner 102): lead 5 Mar, MQL 12 Mar. Contact 503 (EMAIL_MARKETING): subscriber only.
/// Contact 504 (REFERRALS, owner 101, CFO): lead 7 Mar, MQL 9 Mar, SQL 14 Mar, opportunity 15 Mar; its deal 9002 is closedlost 25 Mar.
/// Seven e-mail events: 501 SENT/DELIVERED/OPEN/CLICK, 502 SENT, 503 DROPPED (kept as type 0 "Other"), and one to an address
/// that is no contact (not mapped).</summary>
internal static class HubSpotFixture
{
    public static readonly DateTime AsOf = new(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc);

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        Save(folder, "owners.csv", """
            id,email,firstName,lastName
            101,olivia@example.com,Olivia,Owner
            102,sam@example.com,Sam,Seller
            """);
        Save(folder, "contacts.csv", """
            hs_object_id,firstname,lastname,email,jobtitle,company,country,hs_analytics_source,lifecyclestage,hubspot_owner_id,createdate,lastmodifieddate,hs_lifecyclestage_subscriber_date,hs_lifecyclestage_lead_date,hs_lifecyclestage_marketingqualifiedlead_date,hs_lifecyclestage_salesqualifiedlead_date,hs_lifecyclestage_opportunity_date,hs_lifecyclestage_customer_date,hs_lifecyclestage_evangelist_date,hs_lifecyclestage_other_date
            501,Ana,Alpha,ana@alpha.test,CTO,Alpha,United States,PAID_SEARCH,customer,101,2024-03-04T09:15:00Z,2024-03-29T16:00:00Z,2024-03-04T09:15:00Z,2024-03-05T10:00:00Z,2024-03-06T11:00:00Z,2024-03-08T15:00:00Z,2024-03-11T10:00:00Z,2024-03-29T16:00:00Z,,
            502,Bo,Beta,bo@beta.test,Marketing Manager,Beta,Germany,ORGANIC_SEARCH,marketingqualifiedlead,102,2024-03-05T08:00:00Z,2024-03-12T13:00:00Z,,2024-03-05T08:00:00Z,2024-03-12T13:00:00Z,,,,,
            503,Cai,Gamma,cai@gamma.test,,Gamma,,EMAIL_MARKETING,subscriber,,2024-03-06T12:00:00Z,2024-03-06T12:00:00Z,2024-03-06T12:00:00Z,,,,,,,
            504,Dee,Delta,dee@delta.test,CFO,"Delta, Ltd",United Kingdom,REFERRALS,opportunity,101,2024-03-07T09:00:00Z,2024-03-25T12:00:00Z,,2024-03-07T09:00:00Z,2024-03-09T09:00:00Z,2024-03-14T09:00:00Z,2024-03-15T09:00:00Z,,,
            """);
        Save(folder, "deals.csv", """
            hs_object_id,dealname,dealstage,amount,closedate,createdate,hs_lastmodifieddate,hubspot_owner_id,pipeline,associatedcontactid,hs_date_entered_appointmentscheduled,hs_date_entered_presentationscheduled,hs_date_entered_contractsent,hs_date_entered_closedwon,hs_date_entered_closedlost
            9001,Alpha - New,closedwon,25000,2024-03-29,2024-03-11T10:00:00Z,2024-03-29T16:00:00Z,101,default,501,2024-03-11T10:00:00Z,2024-03-15T10:00:00Z,2024-03-22T10:00:00Z,2024-03-29T16:00:00Z,
            9002,Delta - New,closedlost,9000,2024-03-25,2024-03-15T09:00:00Z,2024-03-25T12:00:00Z,101,default,504,2024-03-15T09:00:00Z,,,,2024-03-25T12:00:00Z
            """);
        Save(folder, "email_events.csv", """
            id,recipient,type,created,emailCampaignName
            e1,ana@alpha.test,SENT,2024-03-04T10:00:00Z,March newsletter
            e2,ana@alpha.test,DELIVERED,2024-03-04T10:00:05Z,March newsletter
            e3,ana@alpha.test,OPEN,2024-03-04T11:30:00Z,March newsletter
            e4,ANA@alpha.test,CLICK,2024-03-04T11:31:00Z,March newsletter
            e5,bo@beta.test,SENT,2024-03-05T10:00:00Z,March newsletter
            e6,nobody@nowhere.test,SENT,2024-03-05T10:00:00Z,March newsletter
            e7,cai@gamma.test,DROPPED,2024-03-06T13:00:00Z,March newsletter
            """);
    }

    private static void Save(string folder, string file, string text) =>
        File.WriteAllText(Path.Combine(folder, file), text + "\r\n", new UTF8Encoding(false));
}
