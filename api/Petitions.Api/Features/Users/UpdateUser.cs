using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Users;

/// <summary>Sets a user's name, role, department or organisation. Their open sessions end: the new scope needs a new sign-in.</summary>
public static class UpdateUser
{
    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<UserSummary>, IUserAccess
    {
        [JsonIgnore]
        public long UserId { get; init; }

        public string DisplayName { get; init; } = "";

        public Role Role { get; init; }

        public long? DepartmentId { get; init; }

        public string? Organisation { get; init; }

        public static Command Example { get; } = new() { DisplayName = "Cán bộ Công an phường", Role = Role.DepartmentOfficer, DepartmentId = 5 };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new UserAccessValidator());
    }

    public sealed class Handler(Db db, RequestContext context, Clock clock, UserCache users) : IRequestHandler<Command, UserSummary>
    {
        public async Task<UserSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await UserChanges.Find(db, context, command.UserId, cancellationToken);
            await UserAccessValidator.CheckDepartment(db, user.WardId, command.DepartmentId, cancellationToken);
            return await UserChanges.Apply(
                db,
                context,
                clock,
                users,
                command.UserId,
                "display_name = @DisplayName, role = @Role, department_id = @DepartmentId, organisation = @Organisation",
                new
                {
                    command.DisplayName,
                    Role = command.Role.ToString(),
                    DepartmentId = command.Role is Role.DepartmentOfficer or Role.Dispatcher ? command.DepartmentId : null,
                    Organisation = command.Role == Role.GroupLeader ? command.Organisation : null,
                },
                cancellationToken);
        }
    }
}

/// <summary>
/// The shared steps of every change to a user: find them in the admin's scope, apply, renew the security stamp, and
/// have the per-request check read them afresh once the change commits.
/// </summary>
public static class UserChanges
{
    public static async Task<UserSummary> Find(Db db, RequestContext context, long userId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefault<UserSummary>(
            UserSummary.Select + $" WHERE u.id = @UserId AND {context.WardScope("u")}", context.Scoped(new { UserId = userId }), cancellationToken)
        ?? throw new NotFoundException("User", userId);

    public static async Task<UserSummary> Apply(Db db, RequestContext context, Clock clock, UserCache users, long userId, string setColumns, object values, CancellationToken cancellationToken)
    {
        await Find(db, context, userId, cancellationToken);
        var parameters = new Dapper.DynamicParameters(values);
        parameters.AddDynamicParams(new { UserId = userId, Stamp = Guid.NewGuid().ToString("N"), clock.Now });
        await db.Execute($"UPDATE users SET {setColumns}, security_stamp = @Stamp, updated_at = @Now WHERE id = @UserId", parameters, cancellationToken);
        db.AfterCommit(() => users.Forget(userId));
        return await Find(db, context, userId, cancellationToken);
    }
}
