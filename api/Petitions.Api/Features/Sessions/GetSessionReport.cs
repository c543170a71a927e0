using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Replies;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>
/// The Party Office's report on a session: the appendix's table (STT, submitter, content, lead agency) with each
/// case's department, status, result, reply and timeliness; counts by category, department and status; the share
/// answered on time; and what section 5 wants escalated. <see cref="SessionReportDocument"/> prints it.
/// </summary>
public static class GetSessionReport
{
    [AllowedFor(Role.Dispatcher, Role.PartyOffice, Role.Overseer, Role.Admin)]
    public sealed record Query(long Id) : IQuery<Report>;

    public sealed record Report
    {
        public SessionInfo Session { get; init; } = new();

        /// <summary>"Phường Yên Hòa", from <c>wards.name</c>.</summary>
        public string WardName { get; init; } = "";

        /// <summary>"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", from <c>wards.superior_party</c>; null prints nothing.</summary>
        public string? SuperiorParty { get; init; }

        /// <summary>The report's number of the ward and year, "Số 03-BC/ĐU": given when the session is marked reported.</summary>
        public int? ReportNumber { get; init; }

        /// <summary>The day the report was registered (marked reported); its date line prints it.</summary>
        public DateOnly? ReportedOn { get; init; }

        /// <summary>The signer the report was registered with, or the ward's default signer of reports; null prints no name.</summary>
        public ReportSigner? Signer { get; init; }

        /// <summary>The day the report was made: deadlines and escalations are as of this day.</summary>
        public DateOnly GeneratedOn { get; init; }

        /// <summary>One row per case, in the appendix's order (STT, then the item's place in its petition).</summary>
        public IReadOnlyList<Row> Rows { get; init; } = [];

        public Summary Summary { get; init; } = new();

        /// <summary>The session's cases that section 5 wants reported, each with its reasons.</summary>
        public IReadOnlyList<Escalated> Escalations { get; init; } = [];

        /// <summary>How satisfied the group leaders were with the session's replies they accepted: count, average, 1–5.</summary>
        public RatingSummary Ratings { get; init; } = RatingSummary.Of([]);

        public static Report Example { get; } = new()
        {
            Session = new SessionInfo
            {
                Id = SessionSummary.Example.Id,
                Code = SessionSummary.Example.Code,
                Title = SessionSummary.Example.Title,
                HeldOn = SessionSummary.Example.HeldOn,
                ReplyDeadline = SessionSummary.Example.ReplyDeadline,
                LastWorkingDay = SessionSummary.Example.LastWorkingDay,
            },
            WardName = "Phường Yên Hòa",
            GeneratedOn = new DateOnly(2026, 4, 21),
            Rows =
            [
                new Row
                {
                    Stt = 1,
                    PetitionId = 1,
                    CaseId = 1,
                    ItemNumber = 1,
                    Submitter = "Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)",
                    Organisation = "TDP số 19",
                    Content = CaseSummary.Example.Text,
                    Category = Category.Flooding,
                    CategoryName = "Úng ngập",
                    LeadAgency = "UBND phường",
                    Department = "Phòng Kinh tế, Hạ tầng và Đô thị",
                    Status = CaseStatus.Replied,
                            Result = ResolveCase.Command.Example.Result,
                            ReplyNumber = "01/UBND-VP",
                    ReplyIssuedOn = new DateOnly(2026, 4, 16),
                    DueDate = new DateOnly(2026, 4, 20),
                    Timeliness = ReplyTimeliness.OnTime,
                    Assignee = AssignCase.Command.Example.Assignee,
                    Task = AssignCase.Command.Example.Task,
                    ResponsibleHead = AssignCase.Command.Example.ResponsibleHead,
                    ExpectedResult = AssignCase.Command.Example.ExpectedResult,
                    Authority = AssignCase.Command.Example.Authority,
                        },
            ],
            Summary = new Summary
            {
                PetitionCount = 7,
                CaseCount = 12,
                OnTime = 10,
                Late = 1,
                NotReplied = 1,
                OnTimeShare = 10 / 12.0,
                ByCategory = [new Count("Flooding", 1)],
                ByDepartment = [new Count("Phòng Kinh tế, Hạ tầng và Đô thị", 6)],
                ByStatus = [new Count("Replied", 10)],
            },
            Escalations =
            [
                new Escalated
                {
                    CaseId = 11,
                    Stt = 7,
                    Content = "Đề nghị lắp đèn chiếu sáng nội khu, vườn hoa khu A14, 30T",
                    Status = CaseStatus.Referred,
                    DueDate = new DateOnly(2026, 4, 20),
                    ReferredTo = "Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị Hà Nội",
                    Reasons = [EscalationReason.BeyondAuthority],
                },
            ],
        };
    }

    public sealed record ReportSigner
    {
        public string Name { get; init; } = "";

        public string Position { get; init; } = "";

        public SigningForm Form { get; init; }
    }

    public sealed record SessionInfo
    {
        public long Id { get; init; }

        public string Code { get; init; } = "";

        public string Title { get; init; } = "";

        public DateOnly HeldOn { get; init; }

        public DateOnly ReplyDeadline { get; init; }

        public DateOnly LastWorkingDay { get; init; }
    }

    public sealed record Row
    {
        /// <summary>The petition's STT in the appendix.</summary>
        public int Stt { get; init; }

        public long PetitionId { get; init; }

        public long CaseId { get; init; }

        public int ItemNumber { get; init; }

        /// <summary>"Đ/c Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)", as the appendix writes it.</summary>
        public string Submitter { get; init; } = "";

        public string Organisation { get; init; } = "";

        /// <summary>The case text, verbatim.</summary>
        public string Content { get; init; } = "";

        public Category Category { get; init; }

        public string CategoryName { get; init; } = "";

        public string LeadAgency { get; init; } = "";

        /// <summary>The appendix's "Ghi chú" on the petition, if any.</summary>
        public string? Note { get; init; }

        /// <summary>The department's full name; null while the case is not routed.</summary>
        public string? Department { get; init; }

        public CaseStatus Status { get; init; }

        public string? Result { get; init; }

        public string? ReferredTo { get; init; }

        public string? ReferralLetter { get; init; }

        /// <summary>Why the ward declined the case as not its to handle (status Refused).</summary>
        public string? RefusalReason { get; init; }

        /// <summary>The latest issued reply covering the case, as printed: "07/UBND-VP".</summary>
        public string? ReplyNumber { get; init; }

        public DateOnly? ReplyIssuedOn { get; init; }

        public DateOnly DueDate { get; init; }

        public ReplyTimeliness Timeliness { get; init; }

        public IReadOnlyList<EscalationReason> Escalations { get; init; } = [];

        /// <summary>The six clears of the case's assignment (<see cref="SixClears"/>, with <see cref="DueDate"/>); null when it has none.</summary>
        public string? Assignee { get; init; }

        public string? Task { get; init; }

        public string? ResponsibleHead { get; init; }

        public string? ExpectedResult { get; init; }

        public string? Authority { get; init; }

        /// <summary>The group leader's rating (1–5) when they accepted the reply; null: none given, or not accepted yet.</summary>
        public int? Rating { get; init; }

        public string? RatingComment { get; init; }
    }

    public sealed record Summary
    {
        public int PetitionCount { get; init; }

        public int CaseCount { get; init; }

        public int OnTime { get; init; }

        public int Late { get; init; }

        public int NotReplied { get; init; }

        /// <summary>Cases the ward declined as not its to handle (status Refused), each answered by its reason.</summary>
        public int Refused { get; init; }

        /// <summary>Cases answered on time over all cases of the session, 0..1.</summary>
        public double OnTimeShare { get; init; }

        public IReadOnlyList<Count> ByCategory { get; init; } = [];

        public IReadOnlyList<Count> ByDepartment { get; init; } = [];

        public IReadOnlyList<Count> ByStatus { get; init; } = [];
    }

    /// <summary>How many cases fall under one key (a category code, a department name or null for none yet, a status).</summary>
    public sealed record Count(string? Key, int Cases);

    public sealed record Escalated
    {
        public long CaseId { get; init; }

        public int Stt { get; init; }

        public string Content { get; init; } = "";

        public string? Department { get; init; }

        public CaseStatus Status { get; init; }

        public DateOnly DueDate { get; init; }

        public string? ReferredTo { get; init; }

        public IReadOnlyList<EscalationReason> Reasons { get; init; } = [];
    }

    /// <summary>Said when a case is not routed to any department yet.</summary>
    public const string Unassigned = "Chưa phân công";

    private sealed record SessionRow
    {
        public long Id { get; init; }

        public string Code { get; init; } = "";

        public string Title { get; init; } = "";

        public DateOnly HeldOn { get; init; }

        public DateOnly ReplyDeadline { get; init; }

        public string WardName { get; init; } = "";

        public string? SuperiorParty { get; init; }

        public int? ReportNumber { get; init; }

        public DateOnly? ReportedOn { get; init; }

        public string? SignerName { get; init; }

        public string? SignerPosition { get; init; }

        public SigningForm? SignerForm { get; init; }
    }

    private sealed record CaseRow
    {
        public int Stt { get; init; }

        public long PetitionId { get; init; }

        public long CaseId { get; init; }

        public int ItemNumber { get; init; }

        public string SubmitterName { get; init; } = "";

        public string SubmitterTitle { get; init; } = "";

        public string Organisation { get; init; } = "";

        public string? Area { get; init; }

        public string LeadAgency { get; init; } = "";

        public string? Note { get; init; }

        public string Text { get; init; } = "";

        public Category Category { get; init; }

        public string CategoryName { get; init; } = "";

        public string? DepartmentName { get; init; }

        public CaseStatus Status { get; init; }

        public string? Result { get; init; }

        public string? ReferredTo { get; init; }

        public string? ReferralLetter { get; init; }

        public string? RefusalReason { get; init; }

        public DateOnly DueDate { get; init; }

        public DateOnly? RepliedOn { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string? Assignee { get; init; }

        public string? Task { get; init; }

        public string? ResponsibleHead { get; init; }

        public string? ExpectedResult { get; init; }

        public string? Authority { get; init; }

        public int? Rating { get; init; }

        public string? RatingComment { get; init; }
    }

    private sealed record ReplyRow
    {
        public long CaseId { get; init; }

        public int Number { get; init; }

        public DateOnly IssuedOn { get; init; }
    }

    public sealed class Handler(Db db, RequestContext context, Installation installation, Clock clock) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query query, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { query.Id });
            var session = await db.QuerySingleOrDefault<SessionRow>(
                $"""
                SELECT s.id AS Id, s.code AS Code, s.title AS Title, s.held_on AS HeldOn, s.reply_deadline AS ReplyDeadline,
                       w.name AS WardName, w.superior_party AS SuperiorParty, s.report_number AS ReportNumber,
                       s.reported_on AS ReportedOn, sg.name AS SignerName, sg.position AS SignerPosition, sg.form AS SignerForm
                FROM sessions s JOIN wards w ON w.id = s.ward_id
                LEFT JOIN signers sg ON sg.id = COALESCE(s.report_signer_id, w.report_signer_id)
                WHERE s.id = @Id AND {context.WardScope("s")}
                """,
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Session", query.Id);

            // Two queries for the whole session: its cases with their petitions, and the issued replies covering them.
            var cases = await db.Query<CaseRow>(
                """
                SELECT p.number AS Stt, p.id AS PetitionId, c.id AS CaseId, c.item_number AS ItemNumber,
                       p.submitter_name AS SubmitterName, p.submitter_title AS SubmitterTitle, p.organisation AS Organisation,
                       p.area AS Area, p.lead_agency AS LeadAgency, p.note AS Note, c.text AS Text, c.category AS Category,
                       cat.name AS CategoryName, d.name AS DepartmentName, c.status AS Status, c.result AS Result,
                       c.referred_to AS ReferredTo, c.referral_letter AS ReferralLetter, c.refusal_reason AS RefusalReason,
                       c.due_date AS DueDate, c.replied_on AS RepliedOn, c.created_at AS CreatedAt, c.assignee AS Assignee, c.task AS Task,
                       c.responsible_head AS ResponsibleHead, c.expected_result AS ExpectedResult, c.authority AS Authority, c.rating AS Rating, c.rating_comment AS RatingComment
                FROM cases c
                JOIN petitions p ON p.id = c.petition_id
                JOIN categories cat ON cat.code = c.category
                LEFT JOIN departments d ON d.id = c.department_id
                WHERE c.session_id = @Id
                ORDER BY p.number, c.item_number
                """,
                parameters,
                cancellationToken);
            var replies = await db.Query<ReplyRow>(
                $"""
                SELECT rc.case_id AS CaseId, r.number AS Number, r.issued_on AS IssuedOn
                FROM reply_cases rc
                JOIN replies r ON r.id = rc.reply_id
                JOIN cases c ON c.id = rc.case_id
                WHERE c.session_id = @Id AND {ReplyLifecycle.OutSql()}
                ORDER BY r.issued_on, r.number
                """,
                parameters,
                cancellationToken);
            var latestReply = replies.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.Last());

            var today = clock.Today;
            var rows = cases.Select(c => ToRow(c, latestReply.GetValueOrDefault(c.CaseId), session.HeldOn, today)).ToList();
            return new Report
            {
                Session = new SessionInfo
                {
                    Id = session.Id,
                    Code = session.Code,
                    Title = session.Title,
                    HeldOn = session.HeldOn,
                    ReplyDeadline = session.ReplyDeadline,
                    LastWorkingDay = installation.Calendar.LastWorkingDayBefore(session.ReplyDeadline),
                },
                WardName = session.WardName,
                SuperiorParty = session.SuperiorParty,
                ReportNumber = session.ReportNumber,
                ReportedOn = session.ReportedOn,
                Signer = session.SignerName is null || session.SignerForm is null
                    ? null
                    : new ReportSigner { Name = session.SignerName, Position = session.SignerPosition ?? "", Form = session.SignerForm.Value },
                GeneratedOn = today,
                Rows = rows,
                Summary = Summarise(rows),
                Ratings = RatingSummary.Of([.. rows.Where(r => r.Rating is not null).GroupBy(r => r.Rating!.Value)
                    .Select(g => new RatingCount { Rating = g.Key, Count = g.Count() })]),
                Escalations = [.. rows.Where(r => r.Escalations.Count > 0).Select(r => new Escalated
                {
                    CaseId = r.CaseId,
                    Stt = r.Stt,
                    Content = r.Content,
                    Department = r.Department,
                    Status = r.Status,
                    DueDate = r.DueDate,
                    ReferredTo = r.ReferredTo,
                    Reasons = r.Escalations,
                })],
            };
        }

        private Row ToRow(CaseRow c, ReplyRow? reply, DateOnly heldOn, DateOnly today)
        {
            var timeliness = Escalation.Timeliness(c.DueDate, c.RepliedOn);
            return new Row
            {
                Stt = c.Stt,
                PetitionId = c.PetitionId,
                CaseId = c.CaseId,
                ItemNumber = c.ItemNumber,
                Submitter = $"Đ/c {c.SubmitterName} – {c.SubmitterTitle}{(string.IsNullOrWhiteSpace(c.Area) ? "" : $" ({c.Area})")}",
                Organisation = c.Organisation,
                Content = c.Text,
                Category = c.Category,
                CategoryName = c.CategoryName,
                LeadAgency = c.LeadAgency,
                Note = c.Note,
                Department = c.DepartmentName,
                Status = c.Status,
                Result = c.Result,
                ReferredTo = c.ReferredTo,
                ReferralLetter = c.ReferralLetter,
                RefusalReason = c.RefusalReason,
                ReplyNumber = reply is null ? null : $"{VietnameseFormat.DocumentNumber(reply.Number)}/{ReplyLetter.OfficeCode}",
                ReplyIssuedOn = reply?.IssuedOn,
                DueDate = c.DueDate,
                Timeliness = timeliness,
                Escalations = Escalation.Reasons(
                    new EscalationFacts(c.Status, c.DueDate, c.RepliedOn, c.ReferredTo is not null, c.CreatedAt, heldOn),
                    today,
                    installation.Calendar),
                Assignee = c.Assignee,
                Task = c.Task,
                ResponsibleHead = c.ResponsibleHead,
                ExpectedResult = c.ExpectedResult,
                Authority = c.Authority,

                Rating = c.Rating,
                RatingComment = c.RatingComment,
            };
        }

        private static Summary Summarise(IReadOnlyList<Row> rows)
        {
            var onTime = rows.Count(r => r.Timeliness == ReplyTimeliness.OnTime);
            var share = rows.Count == 0 ? 0 : (double)onTime / rows.Count;
            return new Summary
            {
                PetitionCount = rows.Select(r => r.PetitionId).Distinct().Count(),
                CaseCount = rows.Count,
                OnTime = onTime,
                Late = rows.Count(r => r.Timeliness == ReplyTimeliness.Late),
                NotReplied = rows.Count(r => r.Timeliness == ReplyTimeliness.NotReplied),
                Refused = rows.Count(r => r.Status == CaseStatus.Refused),
                OnTimeShare = share,
                ByCategory = [.. rows.GroupBy(r => r.Category).OrderBy(g => g.Key)
                    .Select(g => new Count(g.Key.ToString(), g.Count()))],
                ByDepartment = [.. rows.GroupBy(r => r.Department)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new Count(g.Key, g.Count()))],
                ByStatus = [.. rows.GroupBy(r => r.Status).OrderBy(g => g.Key)
                    .Select(g => new Count(g.Key.ToString(), g.Count()))],
            };
        }
    }
}
