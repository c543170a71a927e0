using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// Rewords a draft reply before it is submitted for signature: every part of the letter's wording, replaced whole (a
/// part left null prints its default). The cases' records stay as they are.
/// </summary>
public static class EditReplyDraft
{
    [AllowedFor(Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command : ICommand<DraftReply.Result>, ILetterWording
    {
        [JsonIgnore]
        public long ReplyId { get; init; }

        /// <summary>The text after "V/v" (a typed leading "V/v" is dropped).</summary>
        public string Subject { get; init; } = "";

        /// <summary>Opening text of the reply; empty prints the default opening.</summary>
        [MultiLine]
        public string Body { get; init; } = "";

        public string? Recipient { get; init; }

        public IReadOnlyList<ResultWording>? Results { get; init; }

        [MultiLine]
        public string? Closing { get; init; }

        public IReadOnlyList<string>? CopiesTo { get; init; }

        public long? SignerId { get; init; }

        public static Command Example { get; } = new()
        {
            Subject = "Trả lời kiến nghị của TDP số 19 về úng ngập và lấn chiếm vỉa hè",
            Body = "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19 tại Hội nghị giao ban quý I/2026. UBND phường trả lời như sau:",
            Recipient = "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19",
            Results = [new ResultWording { CaseId = 1, Text = "Phòng Kinh tế, Hạ tầng và Đô thị đã nạo vét 120 m cống trong tháng 4/2026." }],
            CopiesTo = ["Như trên;", "Văn phòng Đảng ủy (để b/c);", "Phòng KT-HT-ĐT;", "Lưu: VT."],
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Subject).Must(s => LetterWordings.Subject(s) is not null).WithMessage("Give the reply's subject (the text after \"V/v\").").WithErrorCode("reply.subject.required");
            RuleFor(c => c.Body).NotNull().WithMessage("Give the reply's opening text, or an empty one.").WithErrorCode("reply.body.required");
            Include(new LetterWordingValidator());
        }
    }

    public sealed class Handler(Db db, RequestContext context, ReplySteps steps) : IRequestHandler<Command, DraftReply.Result>
    {
        public async Task<DraftReply.Result> Handle(Command command, CancellationToken cancellationToken)
        {
            // Through the lifecycle, so a reply submitted or out is never reworded, and the change is in its history.
            await steps.Apply(command.ReplyId, ReplyAction.Edit, null, cancellationToken);
            var caseIds = await db.Query<long>("SELECT case_id FROM reply_cases WHERE reply_id = @ReplyId", new { command.ReplyId }, cancellationToken);
            await LetterWordings.Save(db, command.ReplyId, context.RequireWard(), command, caseIds, cancellationToken);
            return new DraftReply.Result(command.ReplyId);
        }
    }
}
