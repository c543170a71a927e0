using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Petitions.Api.Infrastructure.Commands;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Hosting;

/// <summary>
/// <c>admin backup</c> copies the embedded database while petitions keep coming in, and <c>admin restore</c> puts a
/// copy into a fresh data folder, where the app finds the same rows.
/// </summary>
[NonParallelizable]
public sealed class BackupTests
{
    private readonly List<string> _folders = [];

    [TearDown]
    public void DeleteFolders()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }

        _folders.Clear();
    }

    [Test]
    public async Task A_backup_under_write_load_is_consistent_and_a_restore_into_a_fresh_folder_has_the_same_rows()
    {
        var live = Folder();
        using var app = new PetitionsApp(sqliteFile: Path.Combine(live, "petitions.db"));
        using var leader = app.As("leader19");
        await (await leader.Post("/api/petitions", Workflow.Petition("Trước tải", "Trước tải 2"))).ShouldBe(HttpStatusCode.Created);

        using var stop = new CancellationTokenSource();
        var acknowledged = 0;
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await leader.Post("/api/petitions", Workflow.Petition("Đề nghị trong lúc sao lưu", "Mục thứ hai"));
                await response.ShouldBe(HttpStatusCode.Created);
                Interlocked.Increment(ref acknowledged);
            }
        })).ToArray();

        await Task.Delay(500);
        var before = Volatile.Read(ref acknowledged);
        var (code, output) = await Admin("backup", $"--Data:Path={live}");
        var after = Volatile.Read(ref acknowledged);
        await Task.Delay(300);
        var later = Volatile.Read(ref acknowledged);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.That(code, Is.Zero, output);
        var backup = Directory.GetFiles(Path.Combine(live, "backups"), "petitions-*.db").Single();
        Assert.That(output, Does.Contain(backup));
        Assert.That(before, Is.GreaterThan(0), "the writers were at work when the backup began");
        Assert.That(later, Is.GreaterThan(after), "and still at work after it ended");
        using (var copy = Open(backup))
        {
            Assert.That(copy.ExecuteScalar<string>("PRAGMA integrity_check"), Is.EqualTo("ok"));
            var petitions = copy.ExecuteScalar<long>("SELECT COUNT(*) FROM petitions");
            // The seven of the seeded session, the one before the load, and what was acknowledged by then (four more in flight at most).
            Assert.That(petitions, Is.GreaterThanOrEqualTo(7 + 1 + before).And.LessThanOrEqualTo(7 + 1 + after + 4));
            Assert.That(copy.ExecuteScalar<long>("SELECT COUNT(*) FROM petitions p WHERE p.id > 7 AND (SELECT COUNT(*) FROM cases c WHERE c.petition_id = p.id) <> 2"), Is.Zero, "no petition half-written");
        }

        var fresh = Folder();
        var (restored, restoreOutput) = await Admin("restore", "--from", backup, $"--Data:Path={fresh}");
        Assert.That(restored, Is.Zero, restoreOutput);
        Assert.That(Fingerprint(Path.Combine(fresh, "petitions.db")), Is.EqualTo(Fingerprint(backup)));

        // Once the load has stopped, a backup restored elsewhere holds exactly what the live database holds.
        var final = Path.Combine(Folder(), "final.db");
        Assert.That((await Admin("backup", "--to", final, $"--Data:Path={live}")).Code, Is.Zero);
        var again = Folder();
        Assert.That((await Admin("restore", "--from", final, $"--Data:Path={again}")).Code, Is.Zero);
        Assert.That(Fingerprint(Path.Combine(again, "petitions.db")), Is.EqualTo(Fingerprint(Path.Combine(live, "petitions.db"))));
        using var restoredApp = new PetitionsApp(sqliteFile: Path.Combine(again, "petitions.db"));
        var cases = await restoredApp.As("dispatcher").GetJson("/api/cases?limit=1");
        Assert.That(cases["items"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(await restoredApp.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM petitions", null, CancellationToken.None)), Is.EqualTo(acknowledged + 1 + 7));
    }

    [Test]
    public async Task A_backup_holds_the_attachments_and_a_restore_serves_them_byte_for_byte()
    {
        var live = Folder();
        byte[] served;
        string url;
        using (var app = new PetitionsApp(sqliteFile: Path.Combine(live, "petitions.db")))
        {
            var flow = new Workflow(app);
            var caseId = await flow.NewCase();
            var upload = await flow.Leader.Post($"/api/cases/{caseId}/attachments", Files.TestFiles.Form(Files.TestFiles.Jpeg(800, 600, withGps: true), "ngo.jpg"));
            await upload.ShouldBe(HttpStatusCode.Created);
            url = $"/api/attachments/{(await upload.Json())["id"]}";
            served = await flow.Leader.GetByteArrayAsync(url + "?variant=Thumbnail");
            Assert.That((await Admin("backup", "--to", Path.Combine(live, "copy.db"), $"--Data:Path={live}")).Code, Is.Zero);
        }

        var fresh = Folder();
        Assert.That((await Admin("restore", "--from", Path.Combine(live, "copy.db"), $"--Data:Path={fresh}")).Code, Is.Zero);
        using var restored = new PetitionsApp(sqliteFile: Path.Combine(fresh, "petitions.db"));
        Assert.That(await restored.As("leader19").GetByteArrayAsync(url + "?variant=Thumbnail"), Is.EqualTo(served));
        Assert.That(Directory.GetFiles(fresh).Select(Path.GetFileName).Where(n => n != "signing.key"), Has.All.StartWith("petitions.db"), "the files came inside the database, nothing beside it");
    }

    [Test]
    public async Task A_restore_never_overwrites_a_database()
    {
        var live = Folder();
        using (var app = new PetitionsApp(sqliteFile: Path.Combine(live, "petitions.db")))
        {
            _ = app.Server;
        }

        var backup = Path.Combine(Folder(), "copy.db");
        Assert.That((await Admin("backup", "--to", backup, $"--Data:Path={live}")).Code, Is.Zero);
        var sizeBefore = new FileInfo(Path.Combine(live, "petitions.db")).Length;

        var (code, output) = await Admin("restore", "--from", backup, $"--Data:Path={live}");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output.Trim(), Does.StartWith("Refused: ").And.Contain("already exists"));
        Assert.That(new FileInfo(Path.Combine(live, "petitions.db")).Length, Is.EqualTo(sizeBefore));
    }

    [Test]
    public async Task The_running_app_backs_up_on_its_schedule_and_keeps_the_newest()
    {
        var live = Folder();
        using var app = new PetitionsApp(
            sqliteFile: Path.Combine(live, "petitions.db"),
            settings: new Dictionary<string, string> { ["Backup:Interval"] = "00:00:00.300", ["Backup:Keep"] = "2" });
        _ = app.Server;

        var backups = Path.Combine(live, "backups");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var seen = new HashSet<string>();
        while (seen.Count < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            if (Directory.Exists(backups))
            {
                seen.UnionWith(Directory.GetFiles(backups, "petitions-*.db"));
            }
        }

        Assert.That(seen, Has.Count.GreaterThanOrEqualTo(4), "backups were made again and again");
        await Task.Delay(100);
        Assert.That(Directory.GetFiles(backups, "petitions-*.db"), Has.Length.InRange(1, 2));
    }

    private string Folder()
    {
        var folder = Directory.CreateTempSubdirectory("petitions-backup-").FullName;
        _folders.Add(folder);
        return folder;
    }

    private static async Task<(int Code, string Output)> Admin(params string[] args)
    {
        using var output = new StringWriter();
        var code = await AdminCommand.Run(["admin", .. args, "--environment=Testing"], new StringReader(""), output, output);
        return (code, output.ToString());
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Every row of every table, in key order, hashed per table.</summary>
    private static Dictionary<string, string> Fingerprint(string file)
    {
        using var connection = Open(file);
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        return tables.ToDictionary(t => t, t =>
        {
            var text = new StringBuilder();
            using var reader = connection.ExecuteReader($"SELECT * FROM \"{t}\" ORDER BY 1");
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('\u001f');
                }

                text.Append('\n');
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        });
    }
}
