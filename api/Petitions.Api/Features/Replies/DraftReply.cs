using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Replies;

/// <summary>Drafts the written reply (văn bản trả lời) to a petition, covering some or all of its cases.</summary>
public static class DraftReply
{
    public static readonly ProblemCode UnknownPetition = new("reply.petitionId.unknown");
    public static readonly ProblemCode CaseOfAnotherPetition = new("reply.caseIds.otherPetition");
    public static readonly ProblemCode CaseNotReady = new("replyCaseNotReady");

    [AllowedFor(Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command : ICommand<Result>, ILetterWording
    {
        public long PetitionId { get; init; }

        /// <summary>The cases the reply answers: each must belong to the petition and be Resolved or Referred.</summary>
        public IReadOnlyList<long> CaseIds { get; init; } = [];

        /// <summary>The text after "V/v"; a default naming the petitioner is used when left out; a typed leading "V/v" is dropped.</summary>
        public string? Subject { get; init; }

        /// <summary>Opening text of the reply; each case's question and result follow it in the document.</summary>
        [MultiLine]
        public string? Body { get; init; }

        public string? Recipient { get; init; }

        public IReadOnlyList<ResultWording>? Results { get; init; }

        [MultiLine]
        public string? Closing { get; init; }

        public IReadOnlyList<string>? CopiesTo { get; init; }

        public long? SignerId { get; init; }

        public static Command Example { get; } = new()
        {
            PetitionId = 1,
            CaseIds = [1, 2],
            Subject = "Trả lời kiến nghị của Tổ trưởng TDP số 19",
            Body = "UBND phường Yên Hòa nhận được kiến nghị của đồng chí tại Hội nghị giao ban quý I/2026. Sau khi kiểm tra, UBND phường trả lời như sau:",
            Recipient = "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19",
        };
    }

    public sealed record Result(long Id)
    {
        public static Result Example { get; } = new(1);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PetitionId).GreaterThan(0).WithMessage("Choose the petition the reply answers.").WithErrorCode("reply.petitionId.required");
            RuleFor(c => c.CaseIds).NotEmpty().WithMessage("A reply must cover at least one case.").WithErrorCode("reply.caseIds.required")
                .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("A case is listed twice.").WithErrorCode("reply.caseIds.duplicate");
            Include(new LetterWordingValidator());
        }
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var organisation = await db.QuerySingleOrDefault<string>(
                $"SELECT p.organisation FROM petitions p WHERE p.id = @PetitionId AND {context.PetitionScope()}",
                context.Scoped(new { command.PetitionId }),
                cancellationToken)
                ?? throw Invalid.Field("petitionId", UnknownPetition, $"Petition {command.PetitionId} does not exist in this ward.", new { id = command.PetitionId });

            var cases = await db.Query<CoveredCase>(
                $"SELECT c.id AS Id, c.petition_id AS PetitionId, c.status AS Status FROM cases c JOIN petitions p ON p.id = c.petition_id WHERE c.id IN @CaseIds AND {context.CaseScope()}",
                context.Scoped(new { command.CaseIds }),
                cancellationToken);
            foreach (var caseId in command.CaseIds)
            {
                var covered = cases.FirstOrDefault(c => c.Id == caseId);
                if (covered is null || covered.PetitionId != command.PetitionId)
                {
                    throw Invalid.Field("caseIds", CaseOfAnotherPetition, $"Case {caseId} is not part of petition {command.PetitionId}.", new { caseId });
                }

                if (!CaseLifecycle.CanApply(covered.Status, CaseAction.Reply))
                {
                    var allowed = CaseLifecycle.AllowedFrom(CaseAction.Reply);
                    throw new ConflictException(
                        CaseNotReady,
                        "Case not ready for a reply",
                        $"Case {caseId} is {covered.Status}: a reply can cover only {string.Join(" or ", allowed)} cases.",
                        new { caseId, status = covered.Status, allowed });
                }
            }

            var wardId = context.RequireWard();
            var replyId = await db.Insert(
                """
                INSERT INTO replies (ward_id, petition_id, subject, body, status, created_at, created_by, version)
                VALUES (@WardId, @PetitionId, @Subject, '', 'Draft', @Now, @Actor, 1)
                """,
                new
                {
                    WardId = wardId,
                    command.PetitionId,
                    Subject = LetterWordings.Subject(command.Subject) ?? $"Trả lời kiến nghị của {organisation}",
                    Now = clock.Now,
                    context.Actor,
                },
                cancellationToken);
            foreach (var caseId in command.CaseIds)
            {
                await db.Execute(
                    "INSERT INTO reply_cases (reply_id, case_id) VALUES (@ReplyId, @CaseId)",
                    new { ReplyId = replyId, CaseId = caseId },
                    cancellationToken);
            }

            await LetterWordings.Save(db, replyId, wardId, command, command.CaseIds, cancellationToken);
            return new Result(replyId);
        }

        private sealed record CoveredCase
        {
            public long Id { get; init; }

            public long PetitionId { get; init; }

            public CaseStatus Status { get; init; }
        }
    }
}
