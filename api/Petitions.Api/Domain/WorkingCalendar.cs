using System.Collections.Concurrent;

namespace Petitions.Api.Domain;

/// <summary>
/// Working days: Monday to Friday, less the public holidays, plus the weekend days the government makes working days
/// in exchange for a bridged holiday. The given days are the installation's (seeded, or entered by the
/// administrator); a year not in <paramref name="announcedYears"/> also has the holidays of the rule
/// (<see cref="PublicHolidays.ByRule"/>). Without <paramref name="announcedYears"/>, the given days only.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays, IEnumerable<int>? announcedYears = null)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];
    private readonly HashSet<DateOnly> _makeUpWorkingDays = [.. makeUpWorkingDays];
    private readonly HashSet<int>? _announcedYears = announcedYears is null ? null : [.. announcedYears];
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _ruleHolidays = new();

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkingDays.Contains(day) ||
        (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day) && !IsRuleHoliday(day));

    /// <summary>Whether the year's holidays come from the rule rather than from an announcement given in full.</summary>
    public bool ByRule(int year) => _announcedYears is not null && !_announcedYears.Contains(year);

    private bool IsRuleHoliday(DateOnly day) =>
        ByRule(day.Year) && _ruleHolidays.GetOrAdd(day.Year, year => [.. PublicHolidays.ByRule(year).Select(h => h.Date)]).Contains(day);

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
