using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The embedded database's faults answer 503 with Retry-After and a code, write nothing half-way, and pass by
/// themselves: a lock held by another process, a full disk (a real one: a small tmpfs, when the tests may mount), a
/// database opened read-only.
/// </summary>
public sealed class StorageFaultTests
{
    [Test]
    public async Task A_write_lock_held_past_the_busy_timeout_is_a_503_storageBusy_and_writing_resumes_when_it_is_released()
    {
        using var app = new PetitionsApp(settings: new() { ["Database:BusyTimeout"] = "00:00:01" });
        var flow = new Workflow(app);
        await flow.NewCase();
        var petitions = await Count(app, "petitions");

        await using (var holder = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var lockIt = holder.CreateCommand();
            lockIt.CommandText = "BEGIN IMMEDIATE";
            await lockIt.ExecuteNonQueryAsync();

            var clock = Stopwatch.StartNew();
            var refused = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => flow.Leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa đèn"))));
            clock.Stop();

            foreach (var response in refused)
            {
                await AssertUnavailable(response, "storageBusy");
            }

            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "each waits about the bound, not SQLite's 30 s");
            Assert.That(await flow.Leader.GetAsync("/api/cases"), Has.Property("StatusCode").EqualTo(HttpStatusCode.OK), "reads go on");
            lockIt.CommandText = "ROLLBACK";
            await lockIt.ExecuteNonQueryAsync();
        }

        Assert.That(await Count(app, "petitions"), Is.EqualTo(petitions), "nothing half-written");
        await flow.NewCase();
        Assert.That(await Count(app, "petitions"), Is.EqualTo(petitions + 1));
    }

    [Test]
    public async Task A_full_disk_is_a_503_storageFull_that_keeps_every_acknowledged_petition_and_passes_when_space_returns()
    {
        var folder = Path.Combine(Path.GetTempPath(), "petitions-tests", "full-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (!AppProcess.Succeeds("mount", $"-t tmpfs -o size=6m tmpfs {folder}"))
        {
            Directory.Delete(folder);
            Assert.Ignore("Mounting a small tmpfs needs root; the full-disk test is skipped.");
        }

        try
        {
            using var app = new PetitionsApp(sqliteFile: Path.Combine(folder, "petitions.db"));
            var flow = new Workflow(app);
            await flow.NewCase();
            var filler = Path.Combine(folder, "filler");
            Fill(filler);

            var acknowledged = 0;
            HttpResponseMessage response;
            var items = Enumerable.Range(1, 20).Select(i => $"Đề nghị số {i}: " + new string('x', 3900)).ToArray();
            do
            {
                response = await flow.Leader.Post("/api/petitions", Workflow.Petition(items));
                acknowledged += response.StatusCode == HttpStatusCode.Created ? 1 : 0;
            }
            while (response.StatusCode == HttpStatusCode.Created && acknowledged < 200);

            await AssertUnavailable(response, "storageFull");
            var stored = await Count(app, "petitions");
            File.Delete(filler);

            await flow.NewCase();
            Assert.That(await Count(app, "petitions"), Is.EqualTo(stored + 1), "writing resumes by itself");
            Assert.That(await Count(app, "cases"), Is.EqualTo(await app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM cases c JOIN petitions p ON p.id = c.petition_id", null, CancellationToken.None))));
            Assert.That(stored, Is.EqualTo(1 + acknowledged + 7), "the first, every acknowledged one and the seeded appendix: nothing lost, nothing half-written");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            AppProcess.Succeeds("umount", folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_database_opened_read_only_answers_503_storageReadOnly_to_writes_and_still_reads()
    {
        var folder = Path.Combine(Path.GetTempPath(), "petitions-tests", "ro-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string token;
        using (var setUp = new PetitionsApp())
        {
            token = setUp.TokenFor("leader19");
            await new Workflow(setUp).NewCase();
            await setUp.WithDb(db => db.Execute("PRAGMA wal_checkpoint(TRUNCATE)", null, CancellationToken.None));
            File.Copy(setUp.DatabaseFile!, Path.Combine(folder, "petitions.db"));
            File.Copy(Path.Combine(Path.GetDirectoryName(setUp.DatabaseFile)!, "signing.key"), Path.Combine(folder, "signing.key"));
        }

        try
        {
            using var app = new PetitionsApp(settings: new()
            {
                ["ConnectionStrings:Petitions"] = $"Data Source={Path.Combine(folder, "petitions.db")};Mode=ReadOnly",
                ["Database:LoadSeeds"] = "false",
                ["Demo:Enabled"] = "false",
            });
            using var leader = app.CreateClient();
            leader.DefaultRequestHeaders.Authorization = new("Bearer", token);

            await AssertUnavailable(await leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa đèn")), "storageReadOnly");
            await (await leader.GetAsync("/api/cases")).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AssertUnavailable(HttpResponseMessage response, string code)
    {
        await response.ShouldBe(HttpStatusCode.ServiceUnavailable);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero), "Retry-After");
        Assert.That((await response.Json())["code"]!.GetValue<string>(), Is.EqualTo(code));
        Access.ErrorResponseTests.AssertSecurityHeaders(response, code);
    }

    private static Task<long> Count(PetitionsApp app, string table) =>
        app.WithDb(db => db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", null, CancellationToken.None));

    /// <summary>Writes until the disk refuses another byte.</summary>
    private static void Fill(string path)
    {
        // Unbuffered, so that closing it has nothing left to write.
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
        }
    }
}
