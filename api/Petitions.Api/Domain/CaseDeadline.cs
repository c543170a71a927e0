namespace Petitions.Api.Domain;

/// <summary>
/// Where a case stands against its due date. A reply is due <em>before</em> the due date, so the last working day
/// is the last day to issue it; a case is overdue once the due date arrives without an issued reply, and at risk
/// from two working days before its last working day.
/// </summary>
public sealed record CaseDeadline(DateOnly DueDate, DateOnly LastWorkingDay, bool Overdue, bool AtRisk)
{
    public const int AtRiskWorkingDays = 2;

    /// <summary>
    /// The due date a case gets when none is given: its session's reply deadline while that is ahead, else
    /// <paramref name="workingDays"/> working days from today.
    /// </summary>
    public static DateOnly DefaultDueDate(DateOnly sessionDeadline, DateOnly today, WorkingCalendar calendar, int workingDays) =>
        sessionDeadline > today ? sessionDeadline : calendar.WorkingDaysAfter(today, workingDays);

    /// <summary>A session takes petitions until its intake is closed or its reply deadline arrives.</summary>
    public static bool TakesPetitions(bool isClosed, DateOnly sessionDeadline, DateOnly today) =>
        !isClosed && today < sessionDeadline;

    /// <summary>
    /// The latest due date that is at risk today: a case awaiting a reply is at risk exactly when
    /// <c>today &lt; dueDate &lt;= AtRiskUntil(today)</c>, so a list can filter on the indexed date instead of the calendar.
    /// The at-risk start moves forward with the due date, so the first due date that is not yet at risk ends the range.
    /// </summary>
    public static DateOnly AtRiskUntil(DateOnly today, WorkingCalendar calendar)
    {
        var until = today;
        for (var due = today.AddDays(1); due <= today.AddDays(MaxAtRiskSpanDays); due = due.AddDays(1))
        {
            if (calendar.WorkingDaysBefore(calendar.LastWorkingDayBefore(due), AtRiskWorkingDays) > today)
            {
                break;
            }

            until = due;
        }

        return until;
    }

    /// <summary>Longer than any run of days off (Tết is at most nine days with its weekends) plus the at-risk days.</summary>
    private const int MaxAtRiskSpanDays = 60;

    public static CaseDeadline For(DateOnly dueDate, DateOnly? repliedOn, DateOnly today, WorkingCalendar calendar)
    {
        var lastWorkingDay = calendar.LastWorkingDayBefore(dueDate);
        var awaitingReply = repliedOn is null;
        var overdue = awaitingReply && today >= dueDate;
        var atRisk = awaitingReply && !overdue && today >= calendar.WorkingDaysBefore(lastWorkingDay, AtRiskWorkingDays);
        return new CaseDeadline(dueDate, lastWorkingDay, overdue, atRisk);
    }
}
