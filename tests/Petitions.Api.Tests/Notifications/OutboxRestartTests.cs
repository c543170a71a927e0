using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Notifications;

/// <summary>The outbox across a kill -9: a message committed but not yet sent goes out once, after the restart.</summary>
public sealed class OutboxRestartTests
{
    private const int ApiPort = 5231;

    [Test]
    public async Task A_message_committed_before_the_process_is_killed_is_sent_once_after_the_restart()
    {
        var data = Directory.CreateTempSubdirectory("petitions-outbox-").FullName;
        using var smtp = TestSmtpServer.Start();
        try
        {
            var environment = new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Data__Path"] = data,
                ["Smtp__Host"] = "127.0.0.1",
                // Nothing listens here: the first process commits the message and cannot send it.
                ["Smtp__Port"] = TestSmtpServer.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp__Security"] = "None",
                ["Notifications__PollInterval"] = "00:00:00.200",
                ["Notifications__RetryDelay"] = "00:00:00.500",
                ["Notifications__MaxRetryDelay"] = "00:00:01",
                ["Notifications__Digest"] = "false",
                // The killed process's lease runs out this long after its last renewal.
                ["Notifications__LeaseDuration"] = "00:00:02",
            };
            using (var first = Start(environment))
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ApiPort}") };
                await Assign(client);
                WaitFor(data, "SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND sent_at IS NULL", first);
            }

            // Dispose killed it (SIGKILL, the whole tree); now the SMTP server is there.
            environment["Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var second = Start(environment);
            var arrived = smtp.To("ktht@yen-hoa.petitions.example", 1, TimeSpan.FromSeconds(30));
            Assert.That(arrived, Has.Count.EqualTo(1), second.Output);
            WaitFor(data, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", second);
            Thread.Sleep(1000);
            Assert.That(smtp.To("ktht@yen-hoa.petitions.example"), Has.Count.EqualTo(1), "sent once");
            Assert.That(arrived[0].Subject, Is.EqualTo("[Kiến nghị] Nội dung số 1 được giao cho đơn vị xử lý"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static AppProcess Start(Dictionary<string, string?> environment)
    {
        var app = AppProcess.Api(["--urls", $"http://127.0.0.1:{ApiPort}"], environment);
        app.WaitForLine(l => l.Contains("Now listening on", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        return app;
    }

    private static async Task Assign(HttpClient client)
    {
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username = "dispatcher", password = "petitions-demo" });
        await token.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Json())["accessToken"]!.GetValue<string>());
        var assigned = await client.Post("/api/cases/1/assign", Workflow.Assignment());
        await assigned.ShouldBe(HttpStatusCode.OK);
    }

    private static void WaitFor(string data, string countSql, AppProcess app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "petitions.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = countSql;
            if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return;
            }

            Thread.Sleep(100);
        }

        Assert.Fail($"No row for {countSql}:{Environment.NewLine}{app.Output}");
    }
}
