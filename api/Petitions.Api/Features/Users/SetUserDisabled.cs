using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Users;

/// <summary>Disables a user (their tokens and cookies stop working at once) or enables them again.</summary>
public static class SetUserDisabled
{
    public static readonly ProblemCode CannotDisableSelf = new("cannotDisableSelf");

    [AllowedFor(Role.Admin)]
    public sealed record Command(long UserId, bool Disabled) : ICommand<UserSummary>;

    public sealed class Handler(Db db, RequestContext context, Clock clock, UserCache users) : IRequestHandler<Command, UserSummary>
    {
        public Task<UserSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Disabled && command.UserId == context.UserId)
            {
                throw new ConflictException(CannotDisableSelf, "Cannot disable yourself", "An administrator cannot disable their own account; ask another administrator.");
            }

            return UserChanges.Apply(db, context, clock, users, command.UserId, "is_disabled = @Disabled", new { command.Disabled }, cancellationToken);
        }
    }
}
