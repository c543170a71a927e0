using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>The Party Office records that the session's report has gone to the Party Committee, once.</summary>
public static class MarkSessionReported
{
    public static readonly ProblemCode AlreadyReported = new("sessionAlreadyReported");

    [AllowedFor(Role.PartyOffice)]
    public sealed record Command(long SessionId) : ICommand<SessionSummary>;

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates, Clock clock) : IRequestHandler<Command, SessionSummary>
    {
        public async Task<SessionSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var session = await GetSession.Load(db, context, dueDates, command.SessionId, cancellationToken);
            if (session.ReportedOn is { } reportedOn)
            {
                throw new ConflictException(
                    AlreadyReported,
                    "Session already reported",
                    $"Session {session.Code} was marked reported on {VietnameseFormat.Date(reportedOn)} by {session.ReportedBy}.",
                    new { session = session.Code, reportedOn, reportedBy = session.ReportedBy });
            }

            // The condition repeats the check above so that of two offices marking at once, one wins and one gets 409.
            var marked = await db.Execute(
                "UPDATE sessions SET reported_on = @Today, reported_by = @Actor WHERE id = @SessionId AND ward_id = @WardId AND reported_on IS NULL",
                new { clock.Today, context.Actor, command.SessionId, WardId = wardId },
                cancellationToken);
            if (marked == 0)
            {
                throw new ConflictException(AlreadyReported, "Session already reported", $"Session {session.Code} has just been marked reported.", new { session = session.Code, reportedOn = (DateOnly?)null, reportedBy = (string?)null });
            }

            return await GetSession.Load(db, context, dueDates, command.SessionId, cancellationToken);
        }
    }
}
