namespace Petitions.Api.Domain;

/// <summary>Why section 5 of the notice wants a case reported to the Party Standing Committee.</summary>
public enum EscalationReason
{
    /// <summary>Quá hạn: the due date has come and no reply has been issued.</summary>
    Overdue,

    /// <summary>Trả lời quá hạn: the reply was issued, but on or after the due date (chậm tiến độ).</summary>
    RepliedLate,

    /// <summary>Có nguy cơ quá hạn: no reply yet, two working days or less before the last working day.</summary>
    AtRisk,

    /// <summary>Vượt thẩm quyền: referred to a city agency.</summary>
    BeyondAuthority,

    /// <summary>Phát sinh: submitted after the meeting rather than raised at it.</summary>
    NewlyArising,
}

/// <summary>The facts about a case that decide whether, and why, it is escalated.</summary>
public sealed record EscalationFacts(
    CaseStatus Status,
    DateOnly DueDate,
    DateOnly? RepliedOn,
    bool Referred,
    DateTimeOffset CreatedAt,
    DateOnly SessionHeldOn);

public static class Escalation
{
    /// <summary>
    /// A case is newly arising when it was created later than the day after its session's meeting (Vietnam time):
    /// the appendix is compiled on the meeting day or the next, anything entered after that came up since.
    /// </summary>
    public const int DaysAfterMeetingStillRaisedAtIt = 1;

    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IReadOnlyList<EscalationReason> Reasons(EscalationFacts facts, DateOnly today, WorkingCalendar calendar)
    {
        var reasons = new List<EscalationReason>();
        var deadline = CaseDeadline.For(facts.DueDate, facts.RepliedOn, today, calendar);
        if (deadline.Overdue)
        {
            reasons.Add(EscalationReason.Overdue);
        }

        if (Timeliness(facts.DueDate, facts.RepliedOn) == ReplyTimeliness.Late)
        {
            reasons.Add(EscalationReason.RepliedLate);
        }

        if (deadline.AtRisk)
        {
            reasons.Add(EscalationReason.AtRisk);
        }

        if (facts.Referred)
        {
            reasons.Add(EscalationReason.BeyondAuthority);
        }

        if (IsNewlyArising(facts.CreatedAt, facts.SessionHeldOn))
        {
            reasons.Add(EscalationReason.NewlyArising);
        }

        return reasons;
    }

    public static bool IsNewlyArising(DateTimeOffset createdAt, DateOnly sessionHeldOn) =>
        DateOnly.FromDateTime(createdAt.ToOffset(VietnamOffset).DateTime) > sessionHeldOn.AddDays(DaysAfterMeetingStillRaisedAtIt);

    /// <summary>On time when the reply was issued before the due date ("trước ngày 20/4/2026").</summary>
    public static ReplyTimeliness Timeliness(DateOnly dueDate, DateOnly? repliedOn) => repliedOn switch
    {
        null => ReplyTimeliness.NotReplied,
        { } day when day < dueDate => ReplyTimeliness.OnTime,
        _ => ReplyTimeliness.Late,
    };

    /// <summary>The words the documents use.</summary>
    public static string Label(ReplyTimeliness timeliness) => timeliness switch
    {
        ReplyTimeliness.OnTime => "Đúng hạn",
        ReplyTimeliness.Late => "Quá hạn",
        _ => "Chưa trả lời",
    };

    public static string Label(EscalationReason reason) => reason switch
    {
        EscalationReason.Overdue => "Quá hạn chưa trả lời",
        EscalationReason.RepliedLate => "Trả lời quá hạn",
        EscalationReason.AtRisk => "Có nguy cơ quá hạn",
        EscalationReason.BeyondAuthority => "Vượt thẩm quyền, đã chuyển cơ quan có thẩm quyền",
        _ => "Nội dung phát sinh sau Hội nghị",
    };
}

public enum ReplyTimeliness
{
    OnTime,
    Late,
    NotReplied,
}

public static class CaseStatusLabels
{
    public static string Label(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Đã tiếp nhận",
        CaseStatus.Assigned => "Đã giao xử lý",
        CaseStatus.InProgress => "Đang xử lý",
        CaseStatus.Resolved => "Đã giải quyết",
        CaseStatus.Replied => "Đã trả lời",
        CaseStatus.Closed => "Đã kết thúc",
        CaseStatus.Refused => "Từ chối, không thuộc phạm vi giải quyết của phường",
        _ => "Đã chuyển cơ quan có thẩm quyền",
    };
}
