using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Notices;

/// <summary>
/// The corrected preview becomes the session (or goes into an existing one) and all its petitions and cases, in one
/// transaction; the notice is attached to the session. The same notice confirmed again creates nothing.
/// </summary>
public static class ConfirmNotice
{
    public const int MaxPetitions = 200;

    public static readonly ProblemCode UnknownDocument = new("notice.documentId.unknown");
    public static readonly ProblemCode UnknownDepartment = new("notice.item.departmentId.unknown");

    [AllowedFor(Role.Dispatcher, Role.PartyOffice)]
    public sealed record Command : ICommand<Result>
    {
        /// <summary>The notice as the preview kept it (<c>document.id</c>).</summary>
        public long DocumentId { get; init; }

        /// <summary>An existing session of the ward; or else <see cref="Session"/> describes a new one.</summary>
        public long? SessionId { get; init; }

        public CreateSession.Command? Session { get; init; }

        public IReadOnlyList<Petition> Petitions { get; init; } = [];

        public static Command Example { get; } = new()
        {
            DocumentId = 3,
            SessionId = 1,
            Petitions =
            [
                new Petition
                {
                    Submitter = new SubmitPetition.Submitter { Name = "Nguyễn Bảo Bình", Title = "Tổ trưởng TDP số 19", Organisation = "TDP số 19", Area = "Trung Hòa" },
                    Items = [new Item { Text = "Tình trạng hàng quán lấn chiếm vỉa hè quanh khu vực trường Mầm non Hoa Sen", Category = Category.UrbanOrder, DepartmentId = 2 }],
                },
            ],
        };
    }

    public sealed record Petition
    {
        public SubmitPetition.Submitter Submitter { get; init; } = new();

        public string LeadAgency { get; init; } = PetitionRows.DefaultLeadAgency;

        public string? Note { get; init; }

        public IReadOnlyList<Item> Items { get; init; } = [];
    }

    public sealed record Item : SubmitPetition.IItemText
    {
        [MultiLine]
        public string Text { get; init; } = "";

        public Category Category { get; init; } = Category.Other;

        /// <summary>The suggested department; null: the category's default.</summary>
        public long? DepartmentId { get; init; }

        public string? Location { get; init; }
    }

    /// <param name="Created">False when this notice had already been confirmed: nothing new was written.</param>
    public sealed record Result(long SessionId, long DocumentId, IReadOnlyList<long> PetitionIds, IReadOnlyList<long> CaseIds, bool Created)
    {
        public static Result Example { get; } = new(1, 3, [8], [13], true);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DocumentId).GreaterThan(0).WithMessage("Preview the notice first: its document id is required.").WithErrorCode("notice.documentId.required");
            RuleFor(c => c.Session).Must((c, s) => (s is null) != (c.SessionId is null))
                .WithMessage("Choose an existing session (sessionId) or describe a new one (session), not both.").WithErrorCode("notice.session.required");
            RuleFor(c => c.Session!).SetValidator(new CreateSession.Validator()).When(c => c.Session is not null);
            RuleFor(c => c.Petitions).NotEmpty().WithMessage("A notice needs at least one petition.").WithErrorCode("notice.petitions.required")
                .Must(p => p is null || p.Count <= MaxPetitions)
                .WithMessage(c => $"A notice may have at most {MaxPetitions} petitions (it has {c.Petitions.Count}).").WithErrorCode("notice.petitions.tooMany")
                .WithState(c => new { max = MaxPetitions, actual = c.Petitions.Count });
            RuleForEach(c => c.Petitions).NotNull().WithMessage("A petition cannot be null.").WithErrorCode("notice.petition.required")
                .SetValidator(new PetitionValidator());
        }
    }

    public sealed class PetitionValidator : AbstractValidator<Petition>
    {
        public PetitionValidator()
        {
            RuleFor(p => p.Submitter).NotNull().WithMessage("Say who submits the petition.").WithErrorCode("petition.submitter.required")
                .SetValidator(new SubmitPetition.SubmitterValidator());
            RuleFor(p => p.LeadAgency).NotEmpty().WithMessage("The lead agency (cơ quan chủ trì) is required.").WithErrorCode("notice.petition.leadAgency.required")
                .MaximumLength(200).WithMessage("The lead agency must be at most 200 characters.").WithErrorCode("notice.petition.leadAgency.tooLong");
            RuleFor(p => p.Note).MaximumLength(1000).WithMessage("The note must be at most 1000 characters.").WithErrorCode("notice.petition.note.tooLong");
            RuleFor(p => p.Items).NotEmpty().WithMessage("A petition needs at least one item.").WithErrorCode("petition.items.required")
                .Must(items => items is null || items.Count <= SubmitPetition.MaxItems)
                .WithMessage(p => $"A petition may have at most {SubmitPetition.MaxItems} items (it has {p.Items.Count}).").WithErrorCode("petition.items.tooMany")
                .WithState(p => new { max = SubmitPetition.MaxItems, actual = p.Items.Count });
            RuleForEach(p => p.Items).NotNull().WithMessage("An item cannot be null.").WithErrorCode("petition.item.required")
                .SetValidator(new SubmitPetition.ItemValidator())
                .SetValidator(new ItemValidator());
        }
    }

    public sealed class ItemValidator : AbstractValidator<Item>
    {
        public ItemValidator() =>
            RuleFor(i => i.Category).IsInEnum().WithMessage("Choose one of the categories.").WithErrorCode("notice.item.category.unknown");
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock, DueDates dueDates) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var now = clock.Now;

            // The claim is the guard: of two confirmations of one notice, only one finds it unconfirmed.
            var claimed = await db.Execute(
                "UPDATE session_documents SET confirmed_at = @Now WHERE id = @Id AND ward_id = @WardId AND confirmed_at IS NULL",
                new { Now = now, Id = command.DocumentId, WardId = wardId },
                cancellationToken);
            if (claimed == 0)
            {
                return await Earlier(wardId, command.DocumentId, cancellationToken);
            }

            var departments = (await db.Query<long>("SELECT id FROM departments WHERE ward_id = @WardId", new { WardId = wardId }, cancellationToken)).ToHashSet();
            for (var p = 0; p < command.Petitions.Count; p++)
            {
                for (var i = 0; i < command.Petitions[p].Items.Count; i++)
                {
                    if (command.Petitions[p].Items[i].DepartmentId is { } id && !departments.Contains(id))
                    {
                        throw Invalid.Field($"petitions[{p}].items[{i}].departmentId", UnknownDepartment, $"Department {id} does not exist in this ward.", new { id });
                    }
                }
            }

            var session = await Session(wardId, command, cancellationToken);
            await db.Execute(
                "UPDATE session_documents SET session_id = @SessionId WHERE id = @Id",
                new { SessionId = session.Id, Id = command.DocumentId },
                cancellationToken);

            var petitionIds = new List<long>();
            var caseIds = new List<long>();
            foreach (var petition in command.Petitions)
            {
                var petitionId = await db.InsertPetition(
                    new PetitionRows.NewPetition
                    {
                        WardId = wardId,
                        SessionId = session.Id,
                        Name = petition.Submitter.Name,
                        Title = petition.Submitter.Title,
                        Organisation = petition.Submitter.Organisation,
                        Area = petition.Submitter.Area,
                        LeadAgency = petition.LeadAgency,
                        Note = petition.Note,
                        NoticeId = command.DocumentId,
                        At = now,
                        Actor = context.Actor,
                    },
                    cancellationToken);
                petitionIds.Add(petitionId);

                var itemNumber = 0;
                foreach (var item in petition.Items)
                {
                    var caseId = await db.InsertCase(
                        new CaseRows.NewCase
                        {
                            WardId = wardId,
                            SessionId = session.Id,
                            PetitionId = petitionId,
                            ItemNumber = ++itemNumber,
                            Text = item.Text,
                            Category = item.Category,
                            Location = item.Location,
                            SuggestedDepartmentId = item.DepartmentId,
                            DueDate = session.ReplyDeadline,
                            SubmitterName = petition.Submitter.Name,
                            Organisation = petition.Submitter.Organisation,
                            At = now,
                        },
                        cancellationToken);
                    await db.AppendEvent(caseId, now, context.Actor, CaseAction.Submit, null, CaseStatus.Received, null, cancellationToken);
                    caseIds.Add(caseId);
                }
            }

            return new Result(session.Id, command.DocumentId, petitionIds, caseIds, Created: true);
        }

        private async Task<SessionRow> Session(long wardId, Command command, CancellationToken cancellationToken)
        {
            if (command.SessionId is { } id)
            {
                var session = await db.QuerySingleOrDefault<SessionRow>(
                    "SELECT id AS Id, code AS Code, reply_deadline AS ReplyDeadline, is_closed AS IsClosed FROM sessions WHERE id = @Id AND ward_id = @WardId",
                    new { Id = id, WardId = wardId },
                    cancellationToken)
                    ?? throw Invalid.Field("sessionId", SubmitPetition.UnknownSession, $"Session {id} does not exist in this ward.", new { id });
                SubmitPetition.EnsureTakesPetitions(dueDates, session.Code, session.IsClosed, session.ReplyDeadline);
                return session;
            }

            var draft = command.Session!;
            SubmitPetition.EnsureTakesPetitions(dueDates, draft.Code, isClosed: false, draft.ReplyDeadline);
            var taken = await db.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM sessions WHERE ward_id = @WardId AND code = @Code", new { WardId = wardId, draft.Code }, cancellationToken);
            if (taken > 0)
            {
                throw new ConflictException(CreateSession.CodeTaken, "Session code taken", $"This ward already has a session {draft.Code}.", new { code = draft.Code });
            }

            var newId = await db.Insert(
                """
                INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed)
                VALUES (@WardId, @Code, @Title, @HeldOn, @ReplyDeadline, 0)
                """,
                new { WardId = wardId, draft.Code, draft.Title, draft.HeldOn, draft.ReplyDeadline },
                cancellationToken);
            return new SessionRow { Id = newId, Code = draft.Code, ReplyDeadline = draft.ReplyDeadline };
        }

        private async Task<Result> Earlier(long wardId, long documentId, CancellationToken cancellationToken)
        {
            var sessionId = await db.QuerySingleOrDefault<long?>(
                "SELECT session_id FROM session_documents WHERE id = @Id AND ward_id = @WardId AND confirmed_at IS NOT NULL",
                new { Id = documentId, WardId = wardId },
                cancellationToken)
                ?? throw Invalid.Field("documentId", UnknownDocument, $"Notice {documentId} does not exist in this ward; preview it first.", new { id = documentId });
            var petitionIds = await db.Query<long>("SELECT id FROM petitions WHERE notice_id = @Id ORDER BY id", new { Id = documentId }, cancellationToken);
            var caseIds = await db.Query<long>(
                "SELECT c.id FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE p.notice_id = @Id ORDER BY c.id", new { Id = documentId }, cancellationToken);
            return new Result(sessionId, documentId, petitionIds, caseIds, Created: false);
        }

        private sealed record SessionRow
        {
            public long Id { get; init; }

            public string Code { get; init; } = "";

            public DateOnly ReplyDeadline { get; init; }

            public bool IsClosed { get; init; }
        }
    }
}
