using System.Text;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>A CRM that exports two files in its own layout (docs/MAPPING.md worked example, docs/examples/two-file-crm.mapping.json):
/// day-first dates, one date column per lifecycle stage, origins as free text, reps by opaque id, a persona-like profile on deals.
/// L-001 (Google Ads) inquiry 2 Apr, MQL 3 Apr, SQL 5 Apr, deal D-1 opened 8 Apr, won 20 Apr by R-17 ("tech buyer" → CIO);
/// L-002 (LinkedIn) 3 Apr, MQL 4 Apr, SQL 10 Apr, D-2 opened 12 Apr, won 30 Apr by R-42 ("finance" → CFO);
/// L-003 (webinar) MQL only; L-004 (Partner referral) MQL and SQL, no deal; L-005 (Website) inquiry only;
/// L-006 ("trade fair Berlin", in no value map → Other) inquiry only; L-007 has the impossible date 31/02/2024 and is not mapped.</summary>
internal static class TwoFileCrmFixture
{
    public static readonly DateTime AsOf = new(2024, 5, 31, 0, 0, 0, DateTimeKind.Utc);

    public static string MappingPath => Path.Combine(AppContext.BaseDirectory, "examples", "two-file-crm.mapping.json");

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "leads.csv"), """
            lead_ref,name,email,company,origin,first_contact,mql_date,sql_date
            L-001,Ada,ada@acme.test,Acme,Google Ads,02/04/2024,03/04/2024,05/04/2024
            L-002,Ben,ben@bolt.test,"Bolt, Inc.",LinkedIn,03/04/2024,04/04/2024,10/04/2024
            L-003,Cy,cy@core.test,Core,webinar,05/04/2024,06/04/2024,
            L-004,Di,di@dune.test,Dune,Partner referral,08/04/2024,09/04/2024,15/04/2024
            L-005,Ed,ed@echo.test,Echo,Website,10/04/2024,,
            L-006,Flo,flo@flux.test,Flux,trade fair Berlin,12/04/2024,,
            L-007,Gus,gus@gale.test,Gale,Website,31/02/2024,,

            """, new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(folder, "deals.csv"), """
            deal_no,lead_ref,rep,profile,amount,opened_on,won_on
            D-1,L-001,R-17,tech buyer,12000,08/04/2024,20/04/2024
            D-2,L-002,R-42,finance,8000,12/04/2024,30/04/2024

            """, new UTF8Encoding(false));
    }
}
