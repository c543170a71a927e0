namespace Petitions.Api.Infrastructure.Notifications;

public static class NotificationSetup
{
    /// <summary>The outbox sender and the digest, with email through SMTP when <c>Smtp:Host</c> is set, else to <c>mail/</c>.</summary>
    public static void AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Notifications").Get<NotificationOptions>() ?? new NotificationOptions();
        var smtp = configuration.GetSection("Smtp").Get<SmtpOptions>() ?? new SmtpOptions();
        services.AddSingleton(options);
        services.AddSingleton(smtp);
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            services.AddSingleton<INotificationChannel, PickupFolderChannel>();
        }
        else
        {
            services.AddSingleton<INotificationChannel, SmtpChannel>();
        }

        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        services.AddSingleton<DigestSchedule>();
        services.AddHostedService(provider => provider.GetRequiredService<DigestSchedule>());
    }
}
