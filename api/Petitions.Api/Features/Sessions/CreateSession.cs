using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>A new meeting or intake round of the administrator's ward (each quarter's hội nghị giao ban).</summary>
public static class CreateSession
{
    public static readonly ProblemCode CodeTaken = new("sessionCodeTaken");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<SessionSummary>
    {
        /// <summary>Short and unique in the ward, e.g. 2026-Q2: letters, digits and '-'.</summary>
        public string Code { get; init; } = "";

        public string Title { get; init; } = "";

        public DateOnly HeldOn { get; init; }

        /// <summary>Replies must be issued before this date.</summary>
        public DateOnly ReplyDeadline { get; init; }

        public static Command Example { get; } = new()
        {
            Code = "2026-Q2",
            Title = "Hội nghị giao ban đánh giá công tác quý II/2026; triển khai nhiệm vụ trọng tâm quý III/2026",
            HeldOn = new DateOnly(2026, 7, 10),
            ReplyDeadline = new DateOnly(2026, 7, 24),
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Give the session a code, e.g. 2026-Q2.").WithErrorCode("session.code.required")
                .Matches("^[A-Za-z0-9-]{1,50}$").WithMessage("A session code is 1–50 letters, digits or '-'.").WithErrorCode("session.code.format");
            RuleFor(c => c.Title).NotEmpty().WithMessage("Give the session a title, e.g. \"Hội nghị giao ban quý II/2026\".").WithErrorCode("session.title.required")
                .MaximumLength(300).WithMessage("A session title is at most 300 characters.").WithErrorCode("session.title.tooLong");
            RuleFor(c => c.HeldOn).NotEqual(default(DateOnly)).WithMessage("Say on which day the meeting is held.").WithErrorCode("session.heldOn.required");
            RuleFor(c => c.ReplyDeadline).GreaterThan(c => c.HeldOn).WithMessage("The reply deadline comes after the meeting.").WithErrorCode("session.replyDeadline.beforeMeeting");
        }
    }

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates) : IRequestHandler<Command, SessionSummary>
    {
        public async Task<SessionSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var taken = await db.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM sessions WHERE ward_id = @WardId AND code = @Code", new { WardId = wardId, command.Code }, cancellationToken);
            if (taken > 0)
            {
                throw new ConflictException(CodeTaken, "Session code taken", $"This ward already has a session {command.Code}.", new { code = command.Code });
            }

            var id = await db.Insert(
                """
                INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed)
                VALUES (@WardId, @Code, @Title, @HeldOn, @ReplyDeadline, 0)
                """,
                new { WardId = wardId, command.Code, command.Title, command.HeldOn, command.ReplyDeadline },
                cancellationToken);
            return await GetSession.Load(db, context, dueDates, id, cancellationToken);
        }
    }
}
