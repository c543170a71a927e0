using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.Text;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Notifications;

/// <summary>The message an outbox row becomes: Vietnamese plain text ending with the link, under the row's Message-Id.</summary>
public static class EmailMessage
{
    public const string ChannelName = "Email";

    public static MimeMessage Build(OutboxMessage message, string from, string baseUrl)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId, Date = message.CreatedAt };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(new MailboxAddress(message.RecipientName, message.Recipient));
        var text = $"Kính gửi {message.RecipientName},\n\n{message.Body}\n\nXem chi tiết: {baseUrl.TrimEnd('/')}{message.Link}\n\n" +
            "Thư gửi tự động từ hệ thống Quản lý kiến nghị; đổi cách nhận thông báo trong mục Thông báo.\n";
        mime.Body = new TextPart(TextFormat.Plain) { Text = text.Replace("\n", "\r\n", StringComparison.Ordinal) };
        return mime;
    }
}

/// <summary>Email through an SMTP server (MailKit), when <c>Smtp:Host</c> is set.</summary>
public sealed class SmtpChannel(SmtpOptions smtp, NotificationOptions options) : INotificationChannel
{
    public string Name => EmailMessage.ChannelName;

    public async Task Send(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(EmailMessage.Build(message, smtp.From, options.BaseUrl), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Without SMTP (the embedded default), each message is written as an <c>.eml</c> file to <c>mail/</c> in the data
/// folder, named by its outbox row, whole or not at all (a temporary name, then moved).
/// </summary>
public sealed class PickupFolderChannel(DataFolder data, SmtpOptions smtp, NotificationOptions options) : INotificationChannel
{
    public string Name => EmailMessage.ChannelName;

    public async Task Send(OutboxMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data.MailFolder);
        var file = Path.Combine(data.MailFolder, $"{message.Id:D8}.eml");
        var temporary = file + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await EmailMessage.Build(message, smtp.From, options.BaseUrl).WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, file, overwrite: true);
    }
}
