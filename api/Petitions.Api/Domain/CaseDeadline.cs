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

    public static CaseDeadline For(DateOnly dueDate, DateOnly? repliedOn, DateOnly today, WorkingCalendar calendar)
    {
        var lastWorkingDay = calendar.LastWorkingDayBefore(dueDate);
        var awaitingReply = repliedOn is null;
        var overdue = awaitingReply && today >= dueDate;
        var atRisk = awaitingReply && !overdue && today >= calendar.WorkingDaysBefore(lastWorkingDay, AtRiskWorkingDays);
        return new CaseDeadline(dueDate, lastWorkingDay, overdue, atRisk);
    }
}
