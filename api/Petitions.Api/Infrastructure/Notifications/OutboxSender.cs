using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>
/// Sends what the outbox holds, oldest first, each row once: marked sent when its channel has taken it, otherwise
/// tried again after a wait that doubles (<see cref="NotificationOptions.RetryDelay"/>), and given up after
/// <see cref="NotificationOptions.MaxAttempts"/>. Only the holder of the "outbox" lease sends, so several instances on
/// one SQL Server send each message once. A process killed after its commit and before sending sends at its restart.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IEnumerable<INotificationChannel> channels,
    NotificationOptions options,
    Clock clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    public const string LeaseName = "outbox";
    private const int Batch = 20;

    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, INotificationChannel> _channels = channels.ToDictionary(c => c.Name);
    private readonly SemaphoreSlim _one = new(1, 1);

    private TimeSpan LeaseDuration => TimeSpan.FromTicks(Math.Max(options.LeaseDuration.Ticks, options.PollInterval.Ticks * 3));

    /// <summary>Sends every row that is due now; answers how many were sent.</summary>
    public async Task<int> SendDue(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Db>();
            var sent = 0;
            while (true)
            {
                if (!await Leases.TryTake(db, LeaseName, _holder, clock.Now, LeaseDuration, cancellationToken))
                {
                    return sent;
                }

                var due = await db.Query<OutboxMessage>(
                    """
                    SELECT id AS Id, channel AS Channel, recipient AS Recipient, recipient_name AS RecipientName, subject AS Subject,
                           body AS Body, link AS Link, message_id AS MessageId, created_at AS CreatedAt, attempts AS Attempts
                    FROM outbox
                    WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @Now
                    ORDER BY next_attempt_at, id
                    """ + db.Dialect.TakeRows,
                    new { Now = clock.Now.ToUniversalTime(), Take = Batch },
                    cancellationToken);
                foreach (var message in due)
                {
                    if (await SendOne(db, message, cancellationToken))
                    {
                        sent++;
                    }

                    await Leases.TryTake(db, LeaseName, _holder, clock.Now, LeaseDuration, cancellationToken);
                }

                if (due.Count < Batch)
                {
                    return sent;
                }
            }
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDue(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The outbox could not be read; trying again in {Interval}", options.PollInterval);
            }

            try
            {
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> SendOne(Db db, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_channels.TryGetValue(message.Channel, out var channel))
            {
                throw new InvalidOperationException($"No channel called {message.Channel} is configured.");
            }

            await channel.Send(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = message.Attempts + 1;
            var now = clock.Now.ToUniversalTime();
            var wait = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
            var givenUp = attempts >= options.MaxAttempts;
            await db.Execute(
                """
                UPDATE outbox SET attempts = @Attempts, next_attempt_at = @Next, last_error = @Error, failed_at = @FailedAt
                WHERE id = @Id
                """,
                new { message.Id, Attempts = attempts, Next = now + wait, Error = Truncate(exception.Message), FailedAt = givenUp ? now : (DateTimeOffset?)null },
                CancellationToken.None);
            logger.LogWarning(
                "Message {Id} ({Channel}) not sent, attempt {Attempts}: {Error}; {Next}",
                message.Id,
                message.Channel,
                attempts,
                exception.Message,
                givenUp ? "given up" : $"next try in {wait}");
            return false;
        }

        await db.Execute(
            "UPDATE outbox SET sent_at = @Now, attempts = attempts + 1, last_error = NULL WHERE id = @Id",
            new { message.Id, Now = clock.Now.ToUniversalTime() },
            CancellationToken.None);
        logger.LogInformation("Message {Id} ({Channel}) sent as {MessageId}", message.Id, message.Channel, message.MessageId);
        return true;
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }
}
