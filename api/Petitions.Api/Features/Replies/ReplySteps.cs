using System.Text.Json;
using Dapper;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Replies;

/// <summary>
/// The one way a reply changes: load it within the caller's ward and scope, ask <see cref="ReplyLifecycle"/>, update
/// guarded by the status read (of two clerks at once one wins, the other gets 409), and append the step to the
/// reply's history. Runs inside the command's transaction.
/// </summary>
public sealed class ReplySteps(Db db, RequestContext context, Clock clock)
{
    public static readonly ProblemCode StepRefused = new("replyStepRefused");

    public async Task<ReplyStatus> Status(long replyId, CancellationToken cancellationToken) => Enum.Parse<ReplyStatus>(
        await db.QuerySingleOrDefault<string>(
            $"SELECT r.status FROM replies r JOIN petitions p ON p.id = r.petition_id WHERE r.id = @ReplyId AND {context.ReplyScope()}",
            context.Scoped(new { ReplyId = replyId }),
            cancellationToken)
        ?? throw new NotFoundException("Reply", replyId));

    /// <summary>Refuses <paramref name="action"/> unless the reply's status allows it; answers the status it leads to.</summary>
    public static ReplyStatus Check(long replyId, ReplyStatus from, ReplyAction action) =>
        ReplyLifecycle.Next(from, action) ?? throw Refused(replyId, from, action);

    private static ConflictException Refused(long replyId, ReplyStatus from, ReplyAction action) => new(
        StepRefused,
        "Reply step refused",
        $"Reply {replyId} is {from}: {action} is allowed only from {string.Join(" or ", ReplyLifecycle.AllowedFrom(action))}.",
        new { replyId, action, from, allowed = ReplyLifecycle.AllowedFrom(action) });

    /// <param name="set">More assignments after the status, e.g. <c>, signer_id = @SignerId</c>, reading <paramref name="values"/>.</param>
    /// <param name="details">What the step recorded, kept in the reply's history.</param>
    public async Task<ReplyStatus> Apply(long replyId, ReplyAction action, object? details, CancellationToken cancellationToken, string set = "", object? values = null)
    {
        var from = await Status(replyId, cancellationToken);
        var to = Check(replyId, from, action);
        var parameters = new DynamicParameters(values);
        parameters.AddDynamicParams(new { ReplyId = replyId, From = from.ToString(), To = to.ToString(), WardId = context.RequireWard() });
        var updated = await db.Execute(
            $"UPDATE replies SET status = @To, version = version + 1{set} WHERE id = @ReplyId AND ward_id = @WardId AND status = @From",
            parameters,
            cancellationToken);
        if (updated == 0)
        {
            // Another step went first: say what the reply is now.
            throw Refused(replyId, await Status(replyId, cancellationToken), action);
        }

        await db.Execute(
            """
            INSERT INTO reply_events (reply_id, occurred_at, actor, action, from_status, to_status, details)
            VALUES (@ReplyId, @At, @Actor, @Action, @From, @To, @Details)
            """,
            new
            {
                ReplyId = replyId,
                At = clock.Now,
                context.Actor,
                Action = action.ToString(),
                From = from.ToString(),
                To = to.ToString(),
                Details = details is null ? null : JsonSerializer.Serialize(details, CaseRows.EventJson),
            },
            cancellationToken);
        return to;
    }

    /// <summary>A step's answer: the reply's new status.</summary>
    public sealed record Result(long Id, ReplyStatus Status)
    {
        public static Result Example { get; } = new(1, ReplyStatus.Submitted);
    }
}
