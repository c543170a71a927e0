using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Cases;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// The clerk (văn thư) registers the signed letter: it takes the ward's next number of the year and today's date, and
/// its cases become Replied. From here the reply is out (<see cref="ReplyLifecycle.Out"/>).
/// </summary>
public static class RegisterReply
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command(long ReplyId) : ICommand<Result>;

    public sealed record Result(long Id, ReplyStatus Status, int Number, int Year, DateOnly IssuedOn, IReadOnlyList<CaseChange> Cases)
    {
        public static Result Example { get; } = new(1, ReplyStatus.Registered, 12, 2026, new DateOnly(2026, 4, 16), [new CaseChange(1, CaseStatus.Replied, 5)]);
    }

    public sealed class Handler(Db db, Clock clock, RequestContext context, ReplySteps steps, CaseTransitions transitions) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var today = clock.Today;
            var number = await TakeNumber(command.ReplyId, today, cancellationToken);
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

            // Out from here: the group leaders may read it now.
            await db.NotifyReplyIssued(command.ReplyId, clock.Now, context.Actor, cancellationToken);
            return new Result(command.ReplyId, ReplyStatus.Registered, number, today.Year, today, changes);
        }

        /// <summary>
        /// Numbers run per ward and year. The UPDATE takes the next number itself, and the unique index refuses a number
        /// given twice: SQLite lets one writer in at a time, but on SQL Server two clerks can read the same MAX, so
        /// the later one fails on the index and simply takes the next number.
        /// </summary>
        private async Task<int> TakeNumber(long replyId, DateOnly today, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await steps.Apply(
                        replyId,
                        ReplyAction.Register,
                        null,
                        cancellationToken,
                        """
                        , year = @Year, issued_on = @Today,
                          number = (SELECT COALESCE(MAX(taken.number), 0) + 1 FROM replies taken
                                    WHERE taken.ward_id = @WardId AND taken.year = @Year)
                        """,
                        new { today.Year, Today = today });
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
