using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Petitions.Api.Infrastructure.Web;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>Every request leaves one line with its outcome and trace id, and no log line carries who asked or what they sent.</summary>
public sealed class RequestLogTests
{
    [Test]
    public async Task One_line_per_request_with_route_status_and_trace_id_and_nothing_personal()
    {
        var lines = new ConcurrentQueue<(string Category, string Message)>();
        using var app = new PetitionsApp(environment: "Production", services: services => services.AddSingleton<ILoggerProvider>(new Collector(lines)));
        await app.AddUser("nguyen.van.an", Petitions.Api.Domain.Role.Dispatcher, departmentCode: "VP", password: "mật-khẩu-bí-mật-2026");
        using var client = app.CreateClient();

        var signIn = await client.Post("/api/auth/token", new { username = "nguyen.van.an", password = "mật-khẩu-bí-mật-2026" });
        var refused = await client.Post("/api/auth/token", new { username = "tran.thi.binh", password = "sai-mật-khẩu-nhé" });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await signIn.Json())["accessToken"]!.GetValue<string>());
        var search = await client.GetAsync("/api/cases?q=Nguy%E1%BB%85n%20B%E1%BA%A3o%20B%C3%ACnh");
        var missing = await client.GetAsync("/api/cases/987654");

        await signIn.ShouldBe(HttpStatusCode.OK);
        await search.ShouldBe(HttpStatusCode.OK);
        var requests = lines.Where(l => l.Category == RequestLog.Category).Select(l => l.Message).ToList();
        Assert.That(requests, Has.Count.EqualTo(4));
        Assert.That(requests[0], Does.StartWith("POST /api/auth/token answered 200 in "));
        Assert.That(requests[1], Does.StartWith("POST /api/auth/token answered 401 in "));
        Assert.That(requests[2], Does.StartWith("GET /api/cases answered 200 in "));
        Assert.That(requests[3], Does.StartWith("GET /api/cases/{id:long} answered 404 in "));
        var traceId = (await missing.Json())["traceId"]!.GetValue<string>();
        Assert.That(traceId, Does.Contain(requests[3].Split("trace ")[1]), "the problem's traceId finds the line");

        var everything = string.Join("\n", lines.Select(l => l.Message));
        Assert.That(everything, Does.Not.Contain("nguyen.van.an").And.Not.Contain("tran.thi.binh").And.Not.Contain("mật-khẩu").And.Not.Contain("Nguy").And.Not.Contain("987654?"));
    }

    private sealed class Collector(ConcurrentQueue<(string, string)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((category, formatter(state, exception) + (exception is null ? "" : " " + exception)));
        }
    }
}
