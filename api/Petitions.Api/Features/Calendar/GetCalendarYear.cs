using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Calendar;

/// <summary>A year's days off and make-up working days, where they come from, and whether its swapped days are missing.</summary>
public static class GetCalendarYear
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public enum DaySource
    {
        /// <summary>seeds/holidays.json: the year as the government announced it, in full.</summary>
        Seed,

        /// <summary>The Labour Code's rule (lunar holidays computed, fixed ones, a day off in lieu of a weekend).</summary>
        Rule,

        /// <summary>A swapped day the administrator entered.</summary>
        Admin,
    }

    [AllowedForEveryRole]
    public sealed record Query(int Year) : IQuery<CalendarYear>;

    public sealed record Day(DateOnly Date, string Name, bool Working, DaySource Source);

    /// <param name="ByRule">The year's holidays follow the rule; false when the seeds hold the year in full.</param>
    /// <param name="SwapsMissing">
    /// A year by rule for which no swapped day has been entered: the government announces them each year (ngày làm
    /// bù, ngày nghỉ bù), so the administrator should enter them, or confirm there are none by saving an empty list.
    /// </param>
    public sealed record CalendarYear(int Year, bool ByRule, bool SwapsMissing, IReadOnlyList<Day> Days)
    {
        public static CalendarYear Example { get; } = new(
            2028,
            ByRule: true,
            SwapsMissing: false,
            [
                new(new DateOnly(2028, 1, 1), "Tết Dương lịch", false, DaySource.Rule),
                new(new DateOnly(2028, 1, 24), "Nghỉ bù Tết (hoán đổi ngày làm việc)", false, DaySource.Admin),
                new(new DateOnly(2028, 2, 12), "Làm bù cho ngày 24/01/2028", true, DaySource.Admin),
            ]);
    }

    public sealed class Handler(Db db) : IRequestHandler<Query, CalendarYear>
    {
        public async Task<CalendarYear> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.Year is < FirstYear or > LastYear)
            {
                throw new NotFoundException("Calendar year", query.Year);
            }

            return await Load(db, query.Year, cancellationToken);
        }
    }

    /// <summary>The year as this query answers it; entering its swapped days answers the same.</summary>
    public static async Task<CalendarYear> Load(Db db, int year, CancellationToken cancellationToken)
    {
        var rows = (await db.Rows(cancellationToken)).Where(r => r.Day.Year == year).ToList();
        var entered = await db.ExecuteScalar<long>("SELECT COUNT(*) FROM calendar_years WHERE year = @Year", new { Year = year }, cancellationToken) > 0;
        var seeded = rows.Any(r => r.Source == CalendarDays.Seed);
        var days = rows.Select(r => new Day(r.Day, r.Name, r.IsWorkingDay, seeded ? DaySource.Seed : DaySource.Admin)).ToList();
        if (!seeded)
        {
            var given = days.Select(d => d.Date).ToHashSet();
            days.AddRange(PublicHolidays.ByRule(year).Where(h => !given.Contains(h.Date)).Select(h => new Day(h.Date, h.Name, false, DaySource.Rule)));
        }

        return new CalendarYear(year, ByRule: !seeded, SwapsMissing: !seeded && !entered, [.. days.OrderBy(d => d.Date)]);
    }
}
