using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>A meeting or intake round, its reply deadline and how far its cases have come.</summary>
public sealed record SessionSummary
{
    public static readonly string Select =
        $"""
        SELECT s.id AS Id, s.code AS Code, s.title AS Title, s.held_on AS HeldOn, s.reply_deadline AS ReplyDeadline,
               s.is_closed AS IsClosed, s.reported_on AS ReportedOn, s.reported_by AS ReportedBy,
               {DisplayNames.Of("s.reported_by")} AS ReportedByName,
               (SELECT COUNT(*) FROM petitions p WHERE p.session_id = s.id) AS PetitionCount,
               (SELECT COUNT(*) FROM cases c WHERE c.session_id = s.id) AS CaseCount,
               (SELECT COUNT(*) FROM cases c WHERE c.session_id = s.id AND c.replied_on IS NOT NULL) AS RepliedCount
        FROM sessions s
        """;

    public long Id { get; init; }

    public string Code { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly HeldOn { get; init; }

    /// <summary>Replies must be issued before this date.</summary>
    public DateOnly ReplyDeadline { get; init; }

    public DateOnly LastWorkingDay { get; init; }

    public bool IsClosed { get; init; }

    /// <summary>Open to petitions: not closed, and its reply deadline not yet come.</summary>
    public bool TakesPetitions { get; init; }

    /// <summary>When the Party Office marked the session's report as sent to the Party Committee; null until then.</summary>
    public DateOnly? ReportedOn { get; init; }

    /// <summary>The username of who marked it.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>The display name of who marked it.</summary>
    public string? ReportedByName { get; init; }

    public int PetitionCount { get; init; }

    public int CaseCount { get; init; }

    public int RepliedCount { get; init; }

    /// <summary>What the calendar and today's date say of the session.</summary>
    public SessionSummary Dated(DueDates dueDates) => this with
    {
        LastWorkingDay = dueDates.Calendar.LastWorkingDayBefore(ReplyDeadline),
        TakesPetitions = dueDates.TakesPetitions(IsClosed, ReplyDeadline),
    };

    public static SessionSummary Example { get; } = new()
    {
        Id = 1,
        Code = "2026-Q1",
        Title = "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026",
        HeldOn = new DateOnly(2026, 4, 10),
        ReplyDeadline = new DateOnly(2026, 4, 20),
        LastWorkingDay = new DateOnly(2026, 4, 17),
        TakesPetitions = true,
        PetitionCount = 7,
        CaseCount = 12,
        RepliedCount = 0,
    };
}
