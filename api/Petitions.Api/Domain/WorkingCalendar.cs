namespace Petitions.Api.Domain;

/// <summary>
/// Working days: Monday to Friday, less the public holidays of the configured calendar, plus the weekend days the
/// government makes working days in exchange for a bridged holiday.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _makeUpWorkingDays = [.. makeUpWorkingDays];

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkingDays.Contains(day) ||
        (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The last working day strictly before <paramref name="day"/> ("trước ngày 20/4").</summary>
    public DateOnly LastWorkingDayBefore(DateOnly day)
    {
        var candidate = day.AddDays(-1);
        while (!IsWorkingDay(candidate))
        {
            candidate = candidate.AddDays(-1);
        }

        return candidate;
    }

    /// <summary>The <paramref name="count"/>th working day after <paramref name="day"/>.</summary>
    public DateOnly WorkingDaysAfter(DateOnly day, int count)
    {
        var candidate = day;
        for (var i = 0; i < count; i++)
        {
            candidate = candidate.AddDays(1);
            while (!IsWorkingDay(candidate))
            {
                candidate = candidate.AddDays(1);
            }
        }

        return candidate;
    }

    /// <summary>The working day <paramref name="count"/> working days before <paramref name="day"/>.</summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int count)
    {
        var candidate = day;
        for (var i = 0; i < count; i++)
        {
            candidate = LastWorkingDayBefore(candidate);
        }

        return candidate;
    }
}
