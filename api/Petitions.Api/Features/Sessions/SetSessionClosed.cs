using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>Closes a session's intake (it takes no more petitions; its cases go on), or opens it again.</summary>
public static class SetSessionClosed
{
    [AllowedFor(Role.Admin)]
    public sealed record Command(long SessionId, bool Closed) : ICommand<SessionSummary>;

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates) : IRequestHandler<Command, SessionSummary>
    {
        public async Task<SessionSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var changed = await db.Execute(
                "UPDATE sessions SET is_closed = @Closed WHERE id = @SessionId AND ward_id = @WardId",
                new { command.SessionId, command.Closed, WardId = context.RequireWard() },
                cancellationToken);
            if (changed == 0)
            {
                throw new NotFoundException("Session", command.SessionId);
            }

            return await GetSession.Load(db, context, dueDates, command.SessionId, cancellationToken);
        }
    }
}
