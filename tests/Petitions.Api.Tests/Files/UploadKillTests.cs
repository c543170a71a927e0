using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Files;

/// <summary>
/// The API as its own process, killed with SIGKILL while clients upload photos: after the restart every acknowledged
/// attachment is there whole, no row lacks its file, no file lacks its row, and no stray file was left anywhere.
/// </summary>
[NonParallelizable]
public sealed class UploadKillTests
{
    private string _data = null!;
    private string _temp = null!;

    [SetUp]
    public void Folders()
    {
        _data = Directory.CreateTempSubdirectory("petitions-kill-data-").FullName;
        _temp = Directory.CreateTempSubdirectory("petitions-kill-tmp-").FullName;
    }

    [TearDown]
    public void Clean()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_temp, recursive: true);
    }

    [Test]
    public async Task A_kill_during_uploads_leaves_every_acknowledged_file_whole_and_nothing_half_written()
    {
        var photo = TestFiles.Jpeg(1600, 1200);
        var acknowledged = new ConcurrentBag<long>();
        var answers = new ConcurrentDictionary<string, int>();
        List<long> caseIds;
        using (var api = Start(out var baseAddress))
        {
            using var client = await SignedIn(baseAddress);
            caseIds = await Cases(client, petitions: 4, items: 5);
            using var stop = new CancellationTokenSource();
            var next = -1;
            var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var caseId = caseIds[(Interlocked.Increment(ref next) / 9) % caseIds.Count];
                    try
                    {
                        using var response = await client.PostAsync($"/api/cases/{caseId}/attachments", TestFiles.Form(photo, "anh.jpg"), CancellationToken.None);
                        answers.AddOrUpdate(((int)response.StatusCode).ToString(), 1, (_, n) => n + 1);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add((await response.Json())["id"]!.GetValue<long>());
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                    {
                        answers.AddOrUpdate("none", 1, (_, n) => n + 1);
                        return;
                    }
                }
            })).ToList();

            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < 12 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50);
            }

            // SIGKILL, uploads in flight: no shutdown, no flush, no finally block runs.
            api.Dispose();
            stop.Cancel();
            await Task.WhenAll(clients);
        }

        TestContext.Out.WriteLine($"acknowledged {acknowledged.Count}; answers {string.Join(", ", answers.Select(a => $"{a.Key}×{a.Value}"))}");
        Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(answers.Keys, Is.SubsetOf(new[] { "201", "none" }), "only successes until the kill");

        using (var api = Start(out var baseAddress))
        {
            using var client = await SignedIn(baseAddress);
            using var db = new SqliteConnection($"Data Source={Path.Combine(_data, "petitions.db")};Mode=ReadOnly;Pooling=False");
            var rows = (await db.QueryAsync<(long Id, long Size, string Hash, string MediaType)>("SELECT id, size, hash, media_type FROM attachments")).ToList();
            var files = (await db.QueryAsync<(long Id, string Variant, byte[] Content)>("SELECT attachment_id, variant, content FROM attachment_files")).ToList();

            Assert.That(rows.Select(r => r.Id), Is.SupersetOf(acknowledged), "every acknowledged upload is kept");
            Assert.That(rows, Has.Count.LessThanOrEqualTo(acknowledged.Count + 4), "at most the uploads in flight besides");
            foreach (var row in rows)
            {
                var original = files.Single(f => f.Id == row.Id && f.Variant == "Original").Content;
                Assert.That((original.LongLength, Convert.ToHexString(SHA256.HashData(original)).ToLowerInvariant()), Is.EqualTo((row.Size, row.Hash)), $"attachment {row.Id} whole");
                Assert.That(files.Where(f => f.Id == row.Id).Select(f => f.Variant), Is.EquivalentTo(new[] { "Original", "Display", "Thumbnail" }));
            }

            Assert.That(files.Select(f => f.Id).Distinct(), Is.SubsetOf(rows.Select(r => r.Id)), "no file without its row");
            // The runtime's own diagnostic pipes live there too; ASP.NET Core would buffer a form's file as ASPNETCORE_*.tmp.
            var stray = Directory.GetFileSystemEntries(_temp).Select(Path.GetFileName)
                .Where(n => !n!.StartsWith("clr-debug-pipe-", StringComparison.Ordinal) && !n.StartsWith("dotnet-diagnostic-", StringComparison.Ordinal));
            Assert.That(stray, Is.Empty, "no upload was buffered to a temporary file");
            Assert.That(Directory.GetFiles(_data).Select(Path.GetFileName).Where(n => !n!.StartsWith("petitions.db", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "signing.key" }),
                "the data folder holds the database and the signing key, no loose file");

            var served = await client.GetByteArrayAsync($"/api/attachments/{acknowledged.Max()}");
            Assert.That(Convert.ToHexString(SHA256.HashData(served)).ToLowerInvariant(), Is.EqualTo(rows.Single(r => r.Id == acknowledged.Max()).Hash));
        }
    }

    private AppProcess Start(out Uri baseAddress)
    {
        var api = AppProcess.Api(
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Data__Path"] = _data,
                ["TMPDIR"] = _temp,
                ["ASPNETCORE_TEMP"] = _temp,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            });
        var line = api.WaitForLine(l => l.Contains("Now listening on: ", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        baseAddress = new Uri(line[(line.IndexOf("http", StringComparison.Ordinal))..].Trim());
        return api;
    }

    private static async Task<HttpClient> SignedIn(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = await client.Post("/api/auth/token", new { username = "leader19", password = "petitions-demo" });
        await token.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Json())["accessToken"]!.GetValue<string>());
        return client;
    }

    private static async Task<List<long>> Cases(HttpClient client, int petitions, int items)
    {
        var ids = new List<long>();
        for (var i = 0; i < petitions; i++)
        {
            // Development opens this quarter's demo session (2) beside the seeded one, whose deadline has passed.
            var response = await client.Post("/api/petitions", Workflow.PetitionTo(2, [.. Enumerable.Range(1, items).Select(n => $"Ảnh hiện trường số {n}")]));
            await response.ShouldBe(HttpStatusCode.Created);
            ids.AddRange((await response.Json())["caseIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        }

        return ids;
    }
}
