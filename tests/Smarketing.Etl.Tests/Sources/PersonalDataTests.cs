using Smarketing.Etl.Loading;
using Smarketing.Etl.Sources;

namespace Smarketing.Etl.Tests.Sources;

public class PersonalDataTests
{
    [Test]
    public void E_mail_addresses_lose_their_local_part_and_long_text_is_cut_at_200_characters()
    {
        var text = "x,mya.mosciski@funk.example," + new string('y', 300);
        var logged = PersonalData.ForLog(text);
        Assert.Multiple(() =>
        {
            Assert.That(logged, Does.StartWith("x,***@funk.example,yyy"));
            // 200 characters kept of the 328, then the length: 328 = 28 + 300.
            Assert.That(logged, Does.EndWith("… (328 characters)"));
            Assert.That(logged, Does.Not.Contain("mosciski"));
        });
    }

    [Test]
    public void A_rejected_name_or_e_mail_is_masked_whole_in_the_log_line()
    {
        var reject = new RejectedRow("Lead.csv", 12, "LastName", "Mosciski", "is 300 characters long", "raw");
        Assert.That(reject.ToString(), Is.EqualTo("Lead.csv line 12, column LastName: '*** (8 characters)' is 300 characters long"));
    }

    [Test]
    public void The_raw_text_kept_for_a_reject_is_capped_with_its_real_length()
    {
        var reject = new RejectedRow("Lead.csv", 2, null, null, "has 3 fields", new string('z', 1_000_000));
        Assert.That((reject.RawText!.Length, reject.RawTextLength), Is.EqualTo((4000, 1_000_000)));
    }
}
