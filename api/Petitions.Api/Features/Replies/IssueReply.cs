using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Replies;

/// <summary>Issues a drafted reply: it takes the next number of the year, and its cases become Replied.</summary>
public static class IssueReply
{
    public static readonly ProblemCode AlreadyIssued = new("replyAlreadyIssued");

    [AllowedFor(Role.Dispatcher)]
    public sealed record Command(long ReplyId) : ICommand<Result>;

    public sealed record Result(long Id, int Number, int Year, DateOnly IssuedOn, IReadOnlyList<CaseChange> Cases)
    {
        public static Result Example { get; } = new(1, 12, 2026, new DateOnly(2026, 4, 16), [new CaseChange(1, CaseStatus.Replied, 5)]);
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock, CaseTransitions transitions) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var status = await db.QuerySingleOrDefault<string>(
                "SELECT status FROM replies WHERE id = @ReplyId AND ward_id = @WardId",
                new { command.ReplyId, WardId = wardId },
                cancellationToken)
                ?? throw new NotFoundException("Reply", command.ReplyId);
            if (status != "Draft")
            {
                throw new ConflictException(AlreadyIssued, "Reply already issued", $"Reply {command.ReplyId} has already been issued; a reply is issued once.", new { replyId = command.ReplyId });
            }

            var today = clock.Today;
            var number = await TakeNumber(command.ReplyId, wardId, today, cancellationToken);

            var caseIds = await db.Query<long>(
                "SELECT case_id FROM reply_cases WHERE reply_id = @ReplyId ORDER BY case_id",
                new { command.ReplyId },
                cancellationToken);
            var changes = new List<CaseChange>(caseIds.Count);
            foreach (var caseId in caseIds)
            {
                changes.Add(await transitions.Apply(
                    caseId,
                    null,
                    CaseAction.Reply,
                    new { ReplyId = command.ReplyId, Number = number },
                    cancellationToken,
                    new CaseColumns.Reply(today)));
            }

            await db.NotifyReplyIssued(command.ReplyId, clock.Now, context.Actor, cancellationToken);
            return new Result(command.ReplyId, number, today.Year, today, changes);
        }

        /// <summary>
        /// Numbers run per ward and year. The UPDATE takes the next number itself, and the unique index refuses a number
        /// given twice: SQLite lets one writer in at a time, but on SQL Server two issuers can read the same MAX, so
        /// the later one fails on the index and simply takes the next number.
        /// </summary>
        private async Task<int> TakeNumber(long replyId, long wardId, DateOnly today, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var updated = await db.Execute(
                        """
                        UPDATE replies
                        SET status = 'Issued', year = @Year, issued_on = @Today, version = version + 1,
                            number = (SELECT COALESCE(MAX(taken.number), 0) + 1 FROM replies taken
                                      WHERE taken.ward_id = @WardId AND taken.year = @Year)
                        WHERE id = @ReplyId AND ward_id = @WardId AND status = 'Draft'
                        """,
                        new { ReplyId = replyId, WardId = wardId, today.Year, Today = today },
                        cancellationToken);
                    if (updated == 0)
                    {
                        throw new ConflictException(AlreadyIssued, "Reply already issued", $"Reply {replyId} has already been issued; a reply is issued once.", new { replyId });
                    }

                    return await db.ExecuteScalar<int>("SELECT number FROM replies WHERE id = @ReplyId", new { ReplyId = replyId }, cancellationToken);
                }
                catch (Exception exception) when (attempt < MaxNumberAttempts && db.Dialect.IsUniqueViolation(exception))
                {
                    // Another reply took this number meanwhile: take the next one.
                }
            }
        }

        private const int MaxNumberAttempts = 5;
    }
}
