namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>Configuration section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    /// <summary>Where the web app is reached, for the links in messages ("https://petitions.example.gov.vn").</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How often the sender looks at the outbox.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the sending instance's lease lasts unless renewed: after a crash, another instance (or the restarted
    /// one) sends once it has run out. At least three polls.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a first failed attempt; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a message is given up (kept in the outbox with its last error).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Whether the working morning's digest runs.</summary>
    public bool Digest { get; set; } = true;

    /// <summary>When, Vietnam time, on each working day.</summary>
    public TimeOnly DigestAt { get; set; } = new(7, 30);
}

/// <summary>Configuration section <c>Smtp</c>; without a <see cref="Host"/> messages are written to the data folder instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>MailKit's choice: Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Petitions <no-reply@petitions.local>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
