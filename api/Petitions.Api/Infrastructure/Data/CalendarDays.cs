using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>The installation's working calendar as the database holds it: seeded years in full, the rule for the others.</summary>
public static class CalendarDays
{
    public const string Seed = "seed";
    public const string Admin = "admin";

    public sealed record Row
    {
        public DateOnly Day { get; init; }

        public string Name { get; init; } = "";

        public bool IsWorkingDay { get; init; }

        public string Source { get; init; } = Seed;
    }

    public static Task<IReadOnlyList<Row>> Rows(this Db db, CancellationToken cancellationToken) =>
        db.Query<Row>("SELECT day AS Day, name AS Name, is_working_day AS IsWorkingDay, source AS Source FROM calendar_days ORDER BY day", null, cancellationToken);

    public static async Task<WorkingCalendar> LoadCalendar(this Db db, CancellationToken cancellationToken)
    {
        var days = await db.Rows(cancellationToken);
        return new WorkingCalendar(
            days.Where(d => !d.IsWorkingDay).Select(d => d.Day),
            days.Where(d => d.IsWorkingDay).Select(d => d.Day),
            days.Where(d => d.Source == Seed).Select(d => d.Day.Year).Distinct());
    }
}
