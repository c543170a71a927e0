using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Users;

public static class CreateUser
{
    public static readonly ProblemCode OtherWard = new("user.wardId.otherWard");
    public static readonly ProblemCode WardRequired = new("user.wardId.required");
    public static readonly ProblemCode UsernameTaken = new("usernameTaken");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<Result>, IUserAccess
    {
        /// <summary>Lower-case letters, digits, '.', '_' or '-'.</summary>
        public string Username { get; init; } = "";

        public string DisplayName { get; init; } = "";

        public Role Role { get; init; }

        public long? DepartmentId { get; init; }

        public string? Organisation { get; init; }

        /// <summary>Left out for a user who signs in through the OpenID Connect provider.</summary>
        public string? Password { get; init; }

        /// <summary>Only a city-level admin chooses: another ward, or none for a city-level reader.</summary>
        public long? WardId { get; init; }

        public override string ToString() => $"CreateUser {{ Username = {Username}, Role = {Role} }}";

        public static Command Example { get; } = new()
        {
            Username = "leader23",
            DisplayName = "Quách Văn Vinh",
            Role = Role.GroupLeader,
            Organisation = "TDP số 23",
            Password = "mật-khẩu-tạm-thời",
        };
    }

    public sealed record Result(long Id)
    {
        public static Result Example { get; } = new(9);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Username).NotEmpty().WithMessage("Choose a username.").WithErrorCode("user.username.required")
                .Matches("^[a-z0-9._-]{3,50}$").WithMessage("A username is 3–50 lower-case letters, digits, '.', '_' or '-'.").WithErrorCode("user.username.format");
            RuleFor(c => c.Password!).MinimumLength(Passwords.MinimumLength)
                .WithMessage($"A password has at least {Passwords.MinimumLength} characters.").WithErrorCode("user.password.tooShort")
                .MaximumLength(200).WithMessage("A password has at most 200 characters.").WithErrorCode("user.password.tooLong")
                .When(c => c.Password is not null);
            Include(new UserAccessValidator());
        }
    }

    public sealed class Handler(Db db, RequestContext context, Passwords passwords, Clock clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.IsCityLevel ? command.WardId : context.WardId;
            if (!context.IsCityLevel && command.WardId is not null && command.WardId != context.WardId)
            {
                throw Invalid.Field("wardId", OtherWard, "A ward's administrator creates users of that ward only.");
            }

            if (wardId is null && command.Role is not (Role.PartyOffice or Role.Overseer or Role.Admin))
            {
                throw Invalid.Field("wardId", WardRequired, $"A {command.Role} works in a ward: choose one.", new { role = command.Role });
            }

            await UserAccessValidator.CheckDepartment(db, wardId, command.DepartmentId, cancellationToken);
            var taken = await db.ExecuteScalar<long>("SELECT COUNT(*) FROM users WHERE username = @Username", new { command.Username }, cancellationToken);
            if (taken > 0)
            {
                throw new ConflictException(UsernameTaken, "Username taken", $"There is already a user called {command.Username}.", new { username = command.Username });
            }

            var id = await db.Insert(
                """
                INSERT INTO users (ward_id, username, display_name, role, department_id, organisation, password_hash, is_disabled,
                                   failed_sign_ins, security_stamp, created_at, updated_at)
                VALUES (@WardId, @Username, @DisplayName, @Role, @DepartmentId, @Organisation, @Hash, 0, 0, @Stamp, @Now, @Now)
                """,
                new
                {
                    WardId = wardId,
                    command.Username,
                    command.DisplayName,
                    Role = command.Role.ToString(),
                    DepartmentId = command.Role == Role.DepartmentOfficer || command.Role == Role.Dispatcher ? command.DepartmentId : null,
                    Organisation = command.Role == Role.GroupLeader ? command.Organisation : null,
                    Hash = command.Password is null ? null : passwords.Hash(command.Password),
                    Stamp = Guid.NewGuid().ToString("N"),
                    clock.Now,
                },
                cancellationToken);
            return new Result(id);
        }
    }
}
