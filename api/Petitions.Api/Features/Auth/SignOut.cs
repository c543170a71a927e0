using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Auth;

/// <summary>
/// Ends one sign-in on the server: the token or cookie that names it is refused from now on, wherever it was copied.
/// The row is kept as long as a token or cookie of it could still be valid, then dropped.
/// </summary>
public static class SignOut
{
    [AllowedForEveryRole]
    public sealed record Command(string Session) : ICommand<Result>;

    public sealed record Result(DateTimeOffset EndedAt);

    public sealed class Handler(Db db, RequestContext context, Clock clock, AuthOptions options, UserCache users) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.Now.ToUniversalTime();
            var longest = options.TokenLifetime > options.CookieAbsoluteLifetime ? options.TokenLifetime : options.CookieAbsoluteLifetime;
            await db.Execute("DELETE FROM ended_sessions WHERE expires_at <= @Now", new { Now = now }, cancellationToken);
            await db.Execute(
                """
                INSERT INTO ended_sessions (session_id, user_id, ended_at, expires_at)
                SELECT @Session, @UserId, @Now, @ExpiresAt WHERE NOT EXISTS (SELECT 1 FROM ended_sessions WHERE session_id = @Session)
                """,
                new { command.Session, context.UserId, Now = now, ExpiresAt = now + longest + TimeSpan.FromMinutes(1) },
                cancellationToken);
            db.AfterCommit(() => users.Forget(context.UserId));
            return new Result(now);
        }
    }
}
