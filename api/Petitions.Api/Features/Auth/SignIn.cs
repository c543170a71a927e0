using FluentValidation;
using MediatR;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Auth;

/// <summary>
/// Checks a username and password. Failures are counted per user; after <see cref="AuthOptions.LockoutAfterFailures"/>
/// in a row the account is locked for a while. The outcome is returned, not thrown, so the count is kept.
/// </summary>
public static class SignIn
{
    [AllowedForAnyone]
    public sealed record Command : ICommand<Result>
    {
        public string Username { get; init; } = "";

        public string Password { get; init; } = "";

        /// <summary>Never print the password, not even in a log of requests.</summary>
        public override string ToString() => $"SignIn {{ Username = {Username} }}";

        public static Command Example { get; } = new() { Username = "leader19", Password = "petitions-demo" };
    }

    public enum Outcome
    {
        SignedIn,
        Refused,
        LockedOut,
    }

    public sealed record Result(Outcome Outcome, SignedInUser? User = null, TimeSpan RetryAfter = default);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Username).NotEmpty().WithMessage("Enter your username.").WithErrorCode("signIn.username.required").MaximumLength(50).WithMessage("Usernames are at most 50 characters.").WithErrorCode("signIn.username.tooLong");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password.").WithErrorCode("signIn.password.required").MaximumLength(200).WithMessage("Passwords are at most 200 characters.").WithErrorCode("signIn.password.tooLong");
        }
    }

    public sealed class Handler(Db db, Passwords passwords, AuthOptions options, Clock clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var account = await db.QuerySingleOrDefault<Account>(
                $"""
                SELECT {SignedInUser.Columns}, password_hash AS PasswordHash, is_disabled AS IsDisabled,
                       failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil
                FROM users WHERE username = @Username
                """,
                new { Username = command.Username.Trim().ToLowerInvariant() },
                cancellationToken);
            var now = clock.Now;
            if (account?.LockedUntil > now)
            {
                return new Result(Outcome.LockedOut, RetryAfter: account.LockedUntil.Value - now);
            }

            var passwordMatches = passwords.Verify(account?.PasswordHash, command.Password);
            if (account is null || account.IsDisabled)
            {
                return new Result(Outcome.Refused);
            }

            if (passwordMatches)
            {
                await db.Execute("UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = @Id", new { account.Id }, cancellationToken);
                return new Result(Outcome.SignedIn, account.User);
            }

            var failures = account.FailedSignIns + 1;
            var lockedUntil = failures >= options.LockoutAfterFailures ? now + options.LockoutDuration : (DateTimeOffset?)null;
            await db.Execute(
                "UPDATE users SET failed_sign_ins = @Failures, locked_until = @LockedUntil WHERE id = @Id",
                new { account.Id, Failures = lockedUntil is null ? failures : 0, LockedUntil = lockedUntil },
                cancellationToken);
            return lockedUntil is null ? new Result(Outcome.Refused) : new Result(Outcome.LockedOut, RetryAfter: options.LockoutDuration);
        }

        private sealed record Account
        {
            public long Id { get; init; }

            public string Username { get; init; } = "";

            public string DisplayName { get; init; } = "";

            public Domain.Role Role { get; init; }

            public long? WardId { get; init; }

            public long? DepartmentId { get; init; }

            public string? Organisation { get; init; }

            public string SecurityStamp { get; init; } = "";

            public string? PasswordHash { get; init; }

            public bool IsDisabled { get; init; }

            public int FailedSignIns { get; init; }

            public DateTimeOffset? LockedUntil { get; init; }

            public SignedInUser User => new()
            {
                Id = Id,
                Username = Username,
                DisplayName = DisplayName,
                Role = Role,
                WardId = WardId,
                DepartmentId = DepartmentId,
                Organisation = Organisation,
                SecurityStamp = SecurityStamp,
            };
        }
    }
}
