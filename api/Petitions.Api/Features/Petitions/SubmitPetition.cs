using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Petitions;

/// <summary>Intake: one submitter's petition at a session; each item becomes a case.</summary>
public static class SubmitPetition
{
    public const int MaxItems = 50;
    public const int MaxItemText = 4000;

    /// <summary>One petition per idempotency key in a ward: a repeat replays the first answer.</summary>
    public static readonly UniqueKey IdempotencyKeyIndex = new("ux_petitions_idempotency", "petitions", "ward_id", "idempotency_key");

    /// <summary>Petition numbers run per session.</summary>
    public static readonly UniqueKey NumberIndex = new("uq_petitions_session_number", "petitions", "session_id", "number");

    public static readonly ProblemCode OtherOrganisation = new("otherOrganisation");
    public static readonly ProblemCode UnknownSession = new("petition.sessionId.unknown");
    public static readonly ProblemCode SessionClosed = new("sessionClosed");
    public static readonly ProblemCode SessionDeadlinePassed = new("sessionDeadlinePassed");
    public static readonly ProblemCode IdempotencyKeyReused = new("idempotencyKeyReused");

    [AllowedFor(Role.GroupLeader, Role.Dispatcher)]
    public sealed record Command : ICommand<Result>
    {
        public long SessionId { get; init; }

        public Submitter Submitter { get; init; } = new();

        public IReadOnlyList<Item> Items { get; init; } = [];

        /// <summary>From the <c>Idempotency-Key</c> header: a repeat with the same key answers the first result.</summary>
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }

        public static Command Example { get; } = new()
        {
            SessionId = 1,
            Submitter = new Submitter
            {
                Name = "Lại Ngọc Thuận",
                Title = "Tổ trưởng TDP số 25",
                Organisation = "TDP số 25",
                Area = "Yên Hòa",
            },
            Items =
            [
                new Item
                {
                    Text = "Đề nghị giải quyết điểm tập kết rác tại khu vực Vũ Phạm Hàm - Trần Kim Xuyên, gây mất mỹ quan, ô nhiễm môi trường",
                    Category = Category.Environment,
                    Location = "Khu vực Vũ Phạm Hàm - Trần Kim Xuyên",
                },
                new Item { Text = "Đề nghị lắp đèn chiếu sáng ngõ 5 Vũ Phạm Hàm", Category = Category.Infrastructure },
            ],
        };
    }

    public sealed record Submitter
    {
        public string Name { get; init; } = "";

        /// <summary>E.g. "Tổ trưởng TDP số 19", "Bí thư Chi bộ 13".</summary>
        public string Title { get; init; } = "";

        /// <summary>The residential group or Party cell spoken for, e.g. "TDP số 19"; replies go to it.</summary>
        public string Organisation { get; init; } = "";

        /// <summary>E.g. "Trung Hòa", "Yên Hòa".</summary>
        public string? Area { get; init; }
    }

    /// <summary>What an item of a petition says, whichever way it came in (a form, a notice).</summary>
    public interface IItemText
    {
        string Text { get; }

        string? Location { get; }
    }

    public sealed record Item : IItemText
    {
        [MultiLine]
        public string Text { get; init; } = "";

        /// <summary>Left out, the case is filed as <c>Other</c> for the dispatcher to sort.</summary>
        public Category? Category { get; init; }

        public string? Location { get; init; }
    }

    public sealed record Result(long Id, IReadOnlyList<long> CaseIds)
    {
        /// <summary>True when this answers a repeat of an earlier request with the same idempotency key.</summary>
        [JsonIgnore]
        public bool Replayed { get; init; }

        public static Result Example { get; } = new(8, [13, 14]);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SessionId).GreaterThan(0).WithMessage("Choose the session (hội nghị) the petition was raised at.").WithErrorCode("petition.sessionId.required");
            RuleFor(c => c.Submitter).NotNull().WithMessage("Say who submits the petition.").WithErrorCode("petition.submitter.required");
            RuleFor(c => c.Submitter).SetValidator(new SubmitterValidator()).When(c => c.Submitter is not null);
            RuleFor(c => c.Items).NotEmpty().WithMessage("A petition needs at least one item.").WithErrorCode("petition.items.required")
                .Must(items => items is null || items.Count <= MaxItems)
                .WithMessage(c => $"A petition may have at most {MaxItems} items (it has {c.Items.Count}).").WithErrorCode("petition.items.tooMany")
                .WithState(c => new { max = MaxItems, actual = c.Items.Count });
            RuleForEach(c => c.Items).NotNull().WithMessage("An item cannot be null.").WithErrorCode("petition.item.required")
                .SetValidator(new ItemValidator());
            // A blank key would be one key shared by everyone who sends it: the second petition would answer the first.
            RuleFor(c => c.IdempotencyKey)
                .Must(key => key!.Length > 0 && key.All(c => c is > ' ' and <= '~'))
                .WithMessage("Idempotency-Key must be one value of visible ASCII characters (a UUID, say); it is blank or has spaces or other characters.")
                .WithErrorCode("petition.idempotencyKey.invalid")
                .MaximumLength(100).WithMessage("Idempotency-Key must be at most 100 characters.").WithErrorCode("petition.idempotencyKey.tooLong")
                .When(c => c.IdempotencyKey is not null)
                .OverridePropertyName("Idempotency-Key");
        }
    }

    public sealed class SubmitterValidator : AbstractValidator<Submitter>
    {
        public SubmitterValidator()
        {
            RuleFor(s => s.Name).NotEmpty().WithMessage("The submitter's name is required.").WithErrorCode("petition.submitter.name.required")
                .MaximumLength(200).WithMessage("The submitter's name must be at most 200 characters.").WithErrorCode("petition.submitter.name.tooLong");
            RuleFor(s => s.Title).NotEmpty().WithMessage("The submitter's title is required, e.g. \"Tổ trưởng TDP số 19\".").WithErrorCode("petition.submitter.title.required")
                .MaximumLength(200).WithMessage("The submitter's title must be at most 200 characters.").WithErrorCode("petition.submitter.title.tooLong");
            RuleFor(s => s.Organisation).NotEmpty().WithMessage("The organisation is required, e.g. \"TDP số 19\" or \"Chi bộ 13\".").WithErrorCode("petition.submitter.organisation.required")
                .MaximumLength(200).WithMessage("The organisation must be at most 200 characters.").WithErrorCode("petition.submitter.organisation.tooLong");
            RuleFor(s => s.Area).MaximumLength(100).WithMessage("The area must be at most 100 characters.").WithErrorCode("petition.submitter.area.tooLong");
        }
    }

    public sealed class ItemValidator : AbstractValidator<IItemText>
    {
        public ItemValidator()
        {
            RuleFor(i => i.Text).NotEmpty().WithMessage("Say what the item asks for.").WithErrorCode("petition.item.text.required")
                .MaximumLength(MaxItemText).WithMessage(i => $"Item text must be at most {MaxItemText} characters (it has {i.Text.Length}).").WithErrorCode("petition.item.text.tooLong");
            RuleFor(i => i.Location).MaximumLength(300).WithMessage("Location must be at most 300 characters.").WithErrorCode("petition.item.location.tooLong");
        }
    }

    /// <summary>Refuses a session whose intake is closed or whose reply deadline has come (a petition would be overdue at once).</summary>
    public static void EnsureTakesPetitions(DueDates dueDates, string code, bool isClosed, DateOnly replyDeadline)
    {
        if (isClosed)
        {
            throw new ConflictException(SessionClosed, "Session closed", $"Session {code} is closed: it takes no more petitions.", new { session = code });
        }

        if (!dueDates.TakesPetitions(isClosed, replyDeadline))
        {
            throw new ConflictException(
                SessionDeadlinePassed,
                "Session deadline passed",
                $"The reply deadline of session {code} ({replyDeadline:yyyy-MM-dd}) has come: it takes no more petitions. Choose a session that is open.",
                new { session = code, replyDeadline });
        }
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock, DueDates dueDates) : IRequestHandler<Command, Result>
    {
        private const int MaxNumberAttempts = 5;

        private static readonly JsonSerializerOptions HashJson = CreateHashJson();

        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            if (context.Role == Role.GroupLeader && command.Submitter.Organisation != context.Organisation)
            {
                throw new ForbiddenException(
                    OtherOrganisation,
                    $"A group leader submits petitions for their own organisation ({context.Organisation}) only.",
                    new { organisation = context.Organisation });
            }

            var session = await db.QuerySingleOrDefault<SessionRow>(
                "SELECT id AS Id, code AS Code, reply_deadline AS ReplyDeadline, is_closed AS IsClosed FROM sessions WHERE id = @SessionId AND ward_id = @WardId",
                new { command.SessionId, WardId = wardId },
                cancellationToken)
                ?? throw Invalid.Field("sessionId", UnknownSession, $"Session {command.SessionId} does not exist in this ward.", new { id = command.SessionId });
            EnsureTakesPetitions(dueDates, session.Code, session.IsClosed, session.ReplyDeadline);

            var requestHash = command.IdempotencyKey is null ? null : Hash(command);
            var now = clock.Now;
            long petitionId;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // The unique index on the key is the guard: a concurrent repeat fails here, not after a racy look-up.
                    petitionId = await db.InsertPetition(
                        new PetitionRows.NewPetition
                        {
                            WardId = wardId,
                            SessionId = command.SessionId,
                            Name = command.Submitter.Name,
                            Title = command.Submitter.Title,
                            Organisation = command.Submitter.Organisation,
                            Area = command.Submitter.Area,
                            At = now,
                            Actor = context.Actor,
                            IdempotencyKey = command.IdempotencyKey,
                            RequestHash = requestHash,
                        },
                        cancellationToken);
                    break;
                }
                catch (Exception exception) when (command.IdempotencyKey is not null && db.Dialect.IsUniqueViolation(exception, IdempotencyKeyIndex))
                {
                    return await Replay(command.IdempotencyKey, requestHash!, cancellationToken);
                }
                catch (Exception exception) when (db.Dialect.IsUniqueViolation(exception, NumberIndex))
                {
                    // SQLite lets one writer in at a time, but on SQL Server two intakes can read the same MAX: the
                    // later one fails on the index and takes the next number, a few times before giving up.
                    if (attempt == MaxNumberAttempts)
                    {
                        throw new ServiceUnavailableException(
                            ProblemCode.StorageBusy,
                            TimeSpan.FromSeconds(1),
                            $"Session {session.Code} took {MaxNumberAttempts} petitions at the same moment as this one; nothing was saved, send it again.");
                    }
                }
            }

            var caseIds = new List<long>(command.Items.Count);
            var itemNumber = 0;
            foreach (var item in command.Items)
            {
                var caseId = await db.InsertCase(
                    new CaseRows.NewCase
                    {
                        WardId = wardId,
                        SessionId = command.SessionId,
                        PetitionId = petitionId,
                        ItemNumber = ++itemNumber,
                        Text = item.Text,
                        Category = item.Category ?? Category.Other,
                        Location = item.Location,
                        DueDate = session.ReplyDeadline,
                        SubmitterName = command.Submitter.Name,
                        Organisation = command.Submitter.Organisation,
                        At = now,
                    },
                    cancellationToken);
                await db.AppendEvent(caseId, now, context.Actor, CaseAction.Submit, null, CaseStatus.Received, null, cancellationToken);
                caseIds.Add(caseId);
            }

            return new Result(petitionId, caseIds);
        }

        private async Task<Result> Replay(string idempotencyKey, string requestHash, CancellationToken cancellationToken)
        {
            var first = await db.QuerySingleOrDefault<FirstRequest>(
                "SELECT id AS Id, request_hash AS RequestHash FROM petitions WHERE ward_id = @WardId AND idempotency_key = @IdempotencyKey",
                new { WardId = context.RequireWard(), IdempotencyKey = idempotencyKey },
                cancellationToken)
                ?? throw new InvalidOperationException("The idempotency key clashed but its petition cannot be read.");
            if (first.RequestHash != requestHash)
            {
                throw new ConflictException(
                    IdempotencyKeyReused,
                    "Idempotency key reused",
                    $"Idempotency-Key {idempotencyKey} was already used for a different petition ({first.Id}). Use a new key for a new petition.",
                    new { key = idempotencyKey, petitionId = first.Id });
            }

            var caseIds = await db.Query<long>(
                "SELECT id FROM cases WHERE petition_id = @Id ORDER BY item_number",
                new { first.Id },
                cancellationToken);
            return new Result(first.Id, caseIds) { Replayed = true };
        }

        private static string Hash(Command command) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command, HashJson))));

        private static JsonSerializerOptions CreateHashJson()
        {
            var options = new JsonSerializerOptions();
            Json.Configure(options);
            return options;
        }

        private sealed record SessionRow
        {
            public long Id { get; init; }

            public string Code { get; init; } = "";

            public DateOnly ReplyDeadline { get; init; }

            public bool IsClosed { get; init; }
        }

        private sealed record FirstRequest
        {
            public long Id { get; init; }

            public string? RequestHash { get; init; }
        }
    }
}
