using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Time;

/// <summary>Configuration section <c>Deadlines</c>.</summary>
public sealed class DeadlineOptions
{
    /// <summary>How many working days a case gets when its session's deadline has passed (assigned or reopened late).</summary>
    public int WorkingDays { get; set; } = 10;
}

/// <summary>The rule for a case's default due date, on today's date and the installation's calendar.</summary>
public sealed class DueDates(Clock clock, Installation installation, DeadlineOptions options)
{
    public WorkingCalendar Calendar => installation.Calendar;

    public DateOnly Default(DateOnly sessionDeadline) =>
        CaseDeadline.DefaultDueDate(sessionDeadline, clock.Today, installation.Calendar, options.WorkingDays);

    public bool TakesPetitions(bool isClosed, DateOnly sessionDeadline) =>
        CaseDeadline.TakesPetitions(isClosed, sessionDeadline, clock.Today);
}
