namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>
/// One way of delivering an outbox row. Each row names its channel (<c>outbox.channel</c>); the sender hands the row
/// to the channel of that name and marks it sent when <see cref="Send"/> returns, or retries later when it throws.
/// SMS or Zalo would be one class each: implement this with <see cref="Name"/> "Sms" (or "Zalo"), register it as an
/// <c>INotificationChannel</c> in <see cref="NotificationSetup"/>, and write rows with that channel and the user's
/// number as <c>recipient</c> where the email rows are written (<c>NotificationRows.Notify</c>).
/// </summary>
public interface INotificationChannel
{
    string Name { get; }

    Task Send(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>One outbox row as a channel sends it. <see cref="MessageId"/> is fixed when the row is written, so a retry is the same message.</summary>
public sealed record OutboxMessage
{
    public long Id { get; init; }

    public string Channel { get; init; } = "";

    public string Recipient { get; init; } = "";

    public string RecipientName { get; init; } = "";

    public string Subject { get; init; } = "";

    /// <summary>Plain text, lines separated by <c>\n</c>.</summary>
    public string Body { get; init; } = "";

    /// <summary>The web app's path of what the message is about ("/cases/12").</summary>
    public string Link { get; init; } = "";

    public string MessageId { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; init; }
}
