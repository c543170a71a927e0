using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Petitions.Api.Tests.Infrastructure;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port, keeping every message it accepts.</summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Messages => _store.Messages;

    /// <summary>How many of the next messages are refused with a transient error (451), as a busy relay does.</summary>
    public int RefuseNext
    {
        get => _store.RefuseNext;
        set => _store.RefuseNext = value;
    }

    /// <summary>Settings pointing the app at this server.</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "UBND phường Yên Hòa <kiennghi@yenhoa.example>",
        ["Notifications:BaseUrl"] = "https://kiennghi.yenhoa.example",
        // The tests send when they choose (OutboxSender.SendDue), not on a timer.
        ["Notifications:PollInterval"] = "01:00:00",
        ["Notifications:Digest"] = "false",
    };

    public static TestSmtpServer Start(int? port = null) => new(port ?? FreePort());

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The messages to <paramref name="address"/>, waiting up to <paramref name="timeout"/> for at least <paramref name="count"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address, int count = 0, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = Messages.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            if (found.Count >= count || clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(10)))
            {
                return found;
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refuseNext;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int RefuseNext
        {
            get => Volatile.Read(ref _refuseNext);
            set => Volatile.Write(ref _refuseNext, value);
        }

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refuseNext) >= 0)
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.Aborted, "try again later"));
            }

            Volatile.Write(ref _refuseNext, 0);
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(MimeMessage.Load(stream, cancellationToken));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
