using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Notifications;

/// <summary>The signed-in user's email address and how they want notifications by email.</summary>
public static class NotificationSettings
{
    public sealed record Settings
    {
        /// <summary>Null: no email, the web app's list only.</summary>
        public string? Email { get; init; }

        public EmailPreference EmailPreference { get; init; }

        public static Settings Example { get; } = new() { Email = "ktht@yenhoa.hanoi.gov.vn", EmailPreference = EmailPreference.Immediate };
    }

    [AllowedForEveryRole]
    public sealed record Query : IQuery<Settings>;

    [AllowedForEveryRole]
    public sealed record Command : ICommand<Settings>
    {
        public string? Email { get; init; }

        public EmailPreference EmailPreference { get; init; }

        public static Command Example { get; } = new() { Email = "ktht@yenhoa.hanoi.gov.vn", EmailPreference = EmailPreference.Digest };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).MaximumLength(320).WithMessage("Email must be at most 320 characters.").WithErrorCode("notifications.email.tooLong")
                .EmailAddress().WithMessage("Email is not an email address.").WithErrorCode("notifications.email.format");
            RuleFor(c => c.EmailPreference).IsInEnum().WithMessage("Choose Immediate, Digest or None.").WithErrorCode("notifications.emailPreference.unknown");
        }
    }

    public sealed class QueryHandler(Db db, RequestContext context) : IRequestHandler<Query, Settings>
    {
        public async Task<Settings> Handle(Query query, CancellationToken cancellationToken) =>
            await db.QuerySingleOrDefault<Settings>(
                "SELECT email AS Email, email_preference AS EmailPreference FROM users WHERE id = @UserId",
                new { context.UserId },
                cancellationToken)
            ?? throw new UnauthorizedAccessException();
    }

    public sealed class CommandHandler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, Settings>
    {
        public async Task<Settings> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            await db.Execute(
                "UPDATE users SET email = @Email, email_preference = @Preference, updated_at = @Now WHERE id = @UserId",
                new { Email = email, Preference = command.EmailPreference.ToString(), context.UserId, clock.Now },
                cancellationToken);
            return new Settings { Email = email, EmailPreference = command.EmailPreference };
        }
    }
}
