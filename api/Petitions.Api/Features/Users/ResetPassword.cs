using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Users;

/// <summary>Gives a user a new password; it also lifts a lockout and ends their open sessions.</summary>
public static class ResetPassword
{
    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<UserSummary>
    {
        [JsonIgnore]
        public long UserId { get; init; }

        public string Password { get; init; } = "";

        public override string ToString() => $"ResetPassword {{ UserId = {UserId} }}";

        public static Command Example { get; } = new() { Password = "mật-khẩu-mới-2026" };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Password).MinimumLength(Passwords.MinimumLength)
                .WithMessage($"A password has at least {Passwords.MinimumLength} characters.").WithErrorCode("user.password.tooShort")
                .MaximumLength(200).WithMessage("A password has at most 200 characters.").WithErrorCode("user.password.tooLong");
        }
    }

    public sealed class Handler(Db db, RequestContext context, Passwords passwords, Clock clock, UserCache users) : IRequestHandler<Command, UserSummary>
    {
        public Task<UserSummary> Handle(Command command, CancellationToken cancellationToken) =>
            UserChanges.Apply(
                db,
                context,
                clock,
                users,
                command.UserId,
                "password_hash = @Hash, failed_sign_ins = 0, locked_until = NULL",
                new { Hash = passwords.Hash(command.Password) },
                cancellationToken);
    }
}
