namespace Petitions.Api.Domain;

/// <summary>
/// Vietnam's public holidays by the rule of the Labour Code 2019, art. 111–112, for a year the government has not yet
/// announced in full: 1/1; Tết Nguyên đán, 5 days (the lunar New Year's Eve and the first four days of the year);
/// 30/4; 1/5; Quốc khánh 2/9 and the day beside it that joins a weekend; Giỗ Tổ Hùng Vương (10/3 lunar). A holiday
/// on a Saturday or Sunday gives the next working day off (nghỉ bù). The swapped days the government announces each
/// year (ngày làm bù, ngày nghỉ bù) are entered by the administrator on top of these.
/// </summary>
public static class PublicHolidays
{
    public sealed record Holiday(DateOnly Date, string Name);

    public static IReadOnlyList<Holiday> ByRule(int year)
    {
        var newYear = LunarCalendar.NewYear(year);
        var nationalDay = new DateOnly(year, 9, 2);
        var beside = nationalDay.DayOfWeek switch
        {
            DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
            _ => nationalDay.AddDays(-1),
        };
        List<Holiday> days =
        [
            new(new DateOnly(year, 1, 1), "Tết Dương lịch"),
            .. Enumerable.Range(-1, 5).Select(i => new Holiday(newYear.AddDays(i), "Tết Nguyên đán")),
            new(LunarCalendar.ToSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
            new(new DateOnly(year, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước"),
            new(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động"),
            new(nationalDay, "Quốc khánh"),
            new(beside, "Quốc khánh"),
        ];
        days.Sort((a, b) => a.Date.CompareTo(b.Date));

        // Each holiday on a weekend gives the next day that is neither a weekend nor a holiday.
        var taken = days.Select(d => d.Date).ToHashSet();
        foreach (var holiday in days.Where(d => IsWeekend(d.Date)).ToList())
        {
            var off = holiday.Date.AddDays(1);
            while (IsWeekend(off) || taken.Contains(off))
            {
                off = off.AddDays(1);
            }

            taken.Add(off);
            days.Add(new Holiday(off, $"{holiday.Name} (nghỉ bù)"));
        }

        days.Sort((a, b) => a.Date.CompareTo(b.Date));
        return days;
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
