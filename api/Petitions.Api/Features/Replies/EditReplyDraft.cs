using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Replies;

/// <summary>Rewords a draft reply before it is issued; an issued reply is a document of record and stays as it is.</summary>
public static class EditReplyDraft
{
    [AllowedFor(Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command : ICommand<DraftReply.Result>
    {
        [JsonIgnore]
        public long ReplyId { get; init; }

        /// <summary>The "V/v …" line.</summary>
        public string Subject { get; init; } = "";

        /// <summary>Opening text of the reply; each case's question and result follow it in the document.</summary>
        public string Body { get; init; } = "";

        public static Command Example { get; } = new()
        {
            Subject = "Trả lời kiến nghị của TDP số 19 về úng ngập và lấn chiếm vỉa hè",
            Body = "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19 tại Hội nghị giao ban quý I/2026. UBND phường trả lời như sau:",
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Subject).NotEmpty().WithMessage("Give the reply's subject (the \"V/v …\" line).").WithErrorCode("reply.subject.required")
                .MaximumLength(500).WithMessage("Subject must be at most 500 characters.").WithErrorCode("reply.subject.tooLong");
            RuleFor(c => c.Body).NotNull().WithMessage("Give the reply's opening text, or an empty one.").WithErrorCode("reply.body.required")
                .MaximumLength(20000).WithMessage("Body must be at most 20000 characters.").WithErrorCode("reply.body.tooLong");
        }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, DraftReply.Result>
    {
        public async Task<DraftReply.Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var parameters = context.Scoped(new { command.ReplyId, command.Subject, command.Body });
            var status = await db.QuerySingleOrDefault<string>(
                $"SELECT r.status FROM replies r JOIN petitions p ON p.id = r.petition_id WHERE r.id = @ReplyId AND {context.ReplyScope()}",
                parameters,
                cancellationToken)
                ?? throw new NotFoundException("Reply", command.ReplyId);
            // The status condition repeats the check so that a reply issued meanwhile is never reworded.
            var edited = status == "Draft"
                ? await db.Execute(
                    "UPDATE replies SET subject = @Subject, body = @Body, version = version + 1 WHERE id = @ReplyId AND status = 'Draft'",
                    parameters,
                    cancellationToken)
                : 0;
            if (edited == 0)
            {
                throw new ConflictException(IssueReply.AlreadyIssued, "Reply already issued", $"Reply {command.ReplyId} has already been issued; an issued reply is not changed.", new { replyId = command.ReplyId });
            }

            return new DraftReply.Result(command.ReplyId);
        }
    }
}
