using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

/// <summary>The lunar holidays against the dates the government and the press published.</summary>
public sealed class LunarCalendarTests
{
    [TestCase(2026, "2026-02-17")]
    [TestCase(2027, "2027-02-06")]
    [TestCase(2028, "2028-01-26")]
    [TestCase(2029, "2029-02-13")]
    // Not 3/2, China's date (UTC+8): the new moon of 2/2/2030 comes at 23:07 in Hanoi and 00:07 in Beijing, so Vietnam
    // celebrates Tết 2030 a day earlier (scienceinfo.net, "Why is the Vietnamese and Chinese New Year a day different?").
    [TestCase(2030, "2030-02-02")]
    public void Mung_1_Tet(int year, string expected) =>
        Assert.That(LunarCalendar.NewYear(year), Is.EqualTo(DateOnly.Parse(expected)));

    // 2016: a Saturday (baodanang.vn); 2021: 21/4 (cafedautu.vn); 2025: Monday 7/4 (lawnet.vn); 2026–2027: the seeds;
    // 2028–2030: 10/3 of the lunar calendar, none on a Sunday (time.so lists the Mondays it is observed on: 2033, 2036).
    [TestCase(2016, "2016-04-16")]
    [TestCase(2021, "2021-04-21")]
    [TestCase(2025, "2025-04-07")]
    [TestCase(2026, "2026-04-26")]
    [TestCase(2027, "2027-04-16")]
    [TestCase(2028, "2028-04-04")]
    [TestCase(2029, "2029-04-23")]
    [TestCase(2030, "2030-04-12")]
    public void Gio_To_Hung_Vuong(int year, string expected) =>
        Assert.That(LunarCalendar.ToSolar(10, 3, year), Is.EqualTo(DateOnly.Parse(expected)));

    [Test]
    public void Tet_by_rule_is_the_eve_and_the_first_four_days_with_a_day_off_for_each_on_a_weekend()
    {
        // Mùng 1 of 2028 is a Wednesday: Tue 25/1 – Sat 29/1, and Monday 31/1 for the Saturday.
        var tet = PublicHolidays.ByRule(2028).Where(h => h.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).Select(h => h.Date);
        Assert.That(tet, Is.EqualTo(new[] { "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-01-29", "2028-01-31" }.Select(DateOnly.Parse)));
    }

    [Test]
    public void The_fixed_holidays_of_2029_by_rule()
    {
        var days = PublicHolidays.ByRule(2029).Select(h => h.Date.ToString("yyyy-MM-dd")).ToList();
        // 1/1 Mon; Tết 12–16/2 (Mon–Fri); Giỗ Tổ Mon 23/4; 30/4 Mon, 1/5 Tue; 2/9 a Sunday: 3/9 beside it and Tue 4/9 in lieu.
        Assert.That(days, Is.EqualTo(new[]
        {
            "2029-01-01", "2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15", "2029-02-16", "2029-04-23", "2029-04-30",
            "2029-05-01", "2029-09-02", "2029-09-03", "2029-09-04",
        }));
    }
}
