using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new(
        [new DateOnly(2026, 4, 26), new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1), new DateOnly(2026, 1, 2)],
        [new DateOnly(2026, 1, 10)]);

    private static readonly DateOnly Deadline = new(2026, 4, 20);

    [Test]
    public void Replies_due_before_20_April_must_go_out_on_Friday_17_April() =>
        Assert.That(Calendar.LastWorkingDayBefore(Deadline), Is.EqualTo(new DateOnly(2026, 4, 17)));

    [Test]
    public void Holidays_and_weekends_are_skipped() =>
        // Giỗ Tổ (Sun 26/4) is made up on Mon 27/4; 30/4 and 1/5 are holidays; 2–3/5 a weekend.
        Assert.That(Calendar.LastWorkingDayBefore(new DateOnly(2026, 5, 4)), Is.EqualTo(new DateOnly(2026, 4, 29)));

    [Test]
    public void A_make_up_Saturday_is_a_working_day()
    {
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2026, 1, 10)), Is.True);
        Assert.That(Calendar.IsWorkingDay(new DateOnly(2026, 1, 2)), Is.False);
    }

    [TestCase("2026-04-14", false, false)]
    [TestCase("2026-04-15", false, true)]
    [TestCase("2026-04-17", false, true)]
    [TestCase("2026-04-19", false, true)]
    [TestCase("2026-04-20", true, false)]
    [TestCase("2026-05-10", true, false)]
    public void A_case_is_at_risk_two_working_days_before_its_last_working_day_and_overdue_from_its_due_date(string today, bool overdue, bool atRisk)
    {
        var deadline = CaseDeadline.For(Deadline, null, DateOnly.Parse(today), Calendar);

        Assert.That((deadline.Overdue, deadline.AtRisk), Is.EqualTo((overdue, atRisk)));
    }

    [Test]
    public void A_replied_case_is_neither_overdue_nor_at_risk()
    {
        var deadline = CaseDeadline.For(Deadline, new DateOnly(2026, 4, 21), new DateOnly(2026, 5, 10), Calendar);

        Assert.That((deadline.Overdue, deadline.AtRisk), Is.EqualTo((false, false)));
    }
}
