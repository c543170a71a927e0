using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Calendar;

/// <summary>
/// The administrator enters a year's swapped days as the government announced them (ngày nghỉ bù: a working day
/// given off; ngày làm bù: a Saturday worked in exchange), replacing those entered before; an empty list says there
/// are none. The installation's calendar changes at once.
/// </summary>
public static class SetCalendarSwaps
{
    public const int MaxDays = 30;

    public static readonly ProblemCode YearSeeded = new("calendarYearSeeded");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<GetCalendarYear.CalendarYear>
    {
        [JsonIgnore]
        public int Year { get; init; }

        public IReadOnlyList<Swap> Days { get; init; } = [];

        public static Command Example { get; } = new()
        {
            Days =
            [
                new Swap { Date = new DateOnly(2028, 1, 24), Name = "Nghỉ bù Tết (hoán đổi ngày làm việc)", Working = false },
                new Swap { Date = new DateOnly(2028, 2, 12), Name = "Làm bù cho ngày 24/01/2028", Working = true },
            ],
        };
    }

    public sealed record Swap
    {
        public DateOnly Date { get; init; }

        public string Name { get; init; } = "";

        /// <summary>True: a weekend day worked (làm bù); false: a working day off (nghỉ bù).</summary>
        public bool Working { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Days).Must(d => d is null || d.Count <= MaxDays)
                .WithMessage($"A year has at most {MaxDays} swapped days.").WithErrorCode("calendar.days.tooMany")
                .WithState(c => new { max = MaxDays, actual = c.Days.Count })
                .Must(d => d is null || d.Select(s => s?.Date).Distinct().Count() == d.Count)
                .WithMessage("Each day is entered once.").WithErrorCode("calendar.days.duplicate");
            RuleForEach(c => c.Days).NotNull().WithMessage("A day cannot be null.").WithErrorCode("calendar.day.required").SetValidator(new SwapValidator());
            RuleForEach(c => c.Days).Must((c, d) => d is null || d.Date.Year == c.Year)
                .WithMessage(c => $"Each day must fall in {c.Year}.").WithErrorCode("calendar.day.date.otherYear")
                .WithState(c => new { year = c.Year });
            RuleForEach(c => c.Days).Must(d => d is null || d.Working == d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                .WithMessage("A day worked in exchange is a Saturday or Sunday; a day given off is a weekday.").WithErrorCode("calendar.day.date.wrongKind");
        }
    }

    public sealed class SwapValidator : AbstractValidator<Swap>
    {
        public SwapValidator() =>
            RuleFor(d => d.Name).NotEmpty().WithMessage("Say what the day is, e.g. \"Làm bù cho ngày 24/01/2028\".").WithErrorCode("calendar.day.name.required")
                .MaximumLength(200).WithMessage("The name must be at most 200 characters.").WithErrorCode("calendar.day.name.tooLong");
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock, Installation installation) : IRequestHandler<Command, GetCalendarYear.CalendarYear>
    {
        public async Task<GetCalendarYear.CalendarYear> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Year is < GetCalendarYear.FirstYear or > GetCalendarYear.LastYear)
            {
                throw new NotFoundException("Calendar year", command.Year);
            }

            var year = new { command.Year, From = new DateOnly(command.Year, 1, 1), To = new DateOnly(command.Year, 12, 31) };
            var seeded = await db.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM calendar_days WHERE day BETWEEN @From AND @To AND source = 'seed'", year, cancellationToken);
            if (seeded > 0)
            {
                throw new ConflictException(
                    YearSeeded,
                    "Year announced in full",
                    $"The holidays of {command.Year} come from seeds/holidays.json as the government announced them; edit that file instead.",
                    new { year = command.Year });
            }

            await db.Execute("DELETE FROM calendar_days WHERE day BETWEEN @From AND @To AND source = 'admin'", year, cancellationToken);
            foreach (var day in command.Days)
            {
                await db.Execute(
                    "INSERT INTO calendar_days (day, name, is_working_day, source) VALUES (@Date, @Name, @Working, 'admin')",
                    day,
                    cancellationToken);
            }

            await db.Execute("DELETE FROM calendar_years WHERE year = @Year", year, cancellationToken);
            await db.Execute(
                "INSERT INTO calendar_years (year, swaps_entered_at, swaps_entered_by) VALUES (@Year, @Now, @Actor)",
                new { command.Year, Now = clock.Now, context.Actor },
                cancellationToken);

            // Read inside this transaction, which commits next; another instance reads the calendar at its next start.
            installation.Calendar = await db.LoadCalendar(cancellationToken);
            return await GetCalendarYear.Load(db, command.Year, cancellationToken);
        }
    }
}
