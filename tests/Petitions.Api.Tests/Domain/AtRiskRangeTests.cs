using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

/// <summary>The list's at-risk filter is a range of due dates; it must say exactly what each case's own atRisk says.</summary>
public sealed class AtRiskRangeTests
{
    // Giỗ Tổ's day off in lieu (Mon 27/4), 30/4 and 1/5, with the weekends around them.
    private static readonly WorkingCalendar Calendar = new(
        [new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1), new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2)],
        []);

    [Test]
    public void A_due_date_is_in_the_range_exactly_when_the_case_is_at_risk()
    {
        for (var today = new DateOnly(2026, 4, 1); today <= new DateOnly(2026, 9, 30); today = today.AddDays(1))
        {
            var until = CaseDeadline.AtRiskUntil(today, Calendar);
            for (var due = today.AddDays(-3); due <= today.AddDays(40); due = due.AddDays(1))
            {
                var inRange = due > today && due <= until;
                Assert.That(inRange, Is.EqualTo(CaseDeadline.For(due, null, today, Calendar).AtRisk), $"today {today}, due {due}, range to {until}");
            }
        }
    }

    [Test]
    public void On_Wednesday_15_April_cases_due_up_to_Monday_20_April_are_at_risk()
    {
        // The last working day before 20/4 is Friday 17/4; two working days before it is Wednesday 15/4.
        Assert.That(CaseDeadline.AtRiskUntil(new DateOnly(2026, 4, 15), Calendar), Is.EqualTo(new DateOnly(2026, 4, 20)));
        Assert.That(CaseDeadline.AtRiskUntil(new DateOnly(2026, 4, 14), Calendar), Is.EqualTo(new DateOnly(2026, 4, 17)));
    }
}
