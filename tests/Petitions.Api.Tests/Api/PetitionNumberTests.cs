using System.Net;
using System.Text.RegularExpressions;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>Each engine tells a clash on the idempotency key from a clash on the petition number, on its real errors.</summary>
public sealed class UniqueKeyRecognitionTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_taken_petition_number_is_told_from_a_taken_idempotency_key()
    {
        var number = await Clash(db => InsertPetition(db, number: 1, key: null));
        var key = await Clash(async db =>
        {
            await InsertPetition(db, number: 1000, key: "same-key");
            await InsertPetition(db, number: 1001, key: "same-key");
        });
        var other = await Clash(db => db.Execute("INSERT INTO wards (code, name) VALUES ('yen-hoa', 'Phường Yên Hòa')", null, CancellationToken.None));

        await App.WithDb(db =>
        {
            Assert.Multiple(() =>
            {
                Assert.That(db.Dialect.IsUniqueViolation(number, SubmitPetition.NumberIndex), Is.True, number.Message);
                Assert.That(db.Dialect.IsUniqueViolation(number, SubmitPetition.IdempotencyKeyIndex), Is.False, number.Message);
                Assert.That(db.Dialect.IsUniqueViolation(key, SubmitPetition.IdempotencyKeyIndex), Is.True, key.Message);
                Assert.That(db.Dialect.IsUniqueViolation(key, SubmitPetition.NumberIndex), Is.False, key.Message);
                Assert.That(db.Dialect.IsUniqueViolation(other), Is.True, other.Message);
                Assert.That(db.Dialect.IsUniqueViolation(other, SubmitPetition.NumberIndex), Is.False, other.Message);
                Assert.That(db.Dialect.IsUniqueViolation(other, SubmitPetition.IdempotencyKeyIndex), Is.False, other.Message);
            });
            return Task.FromResult(0);
        });
    }

    /// <summary>The exception <paramref name="work"/> ends with, inside a transaction that is rolled back.</summary>
    private Task<Exception> Clash(Func<Db, Task> work) => App.WithDb(async db =>
    {
        await db.BeginTransaction(CancellationToken.None);
        try
        {
            await work(db);
        }
        catch (Exception exception)
        {
            return exception;
        }
        finally
        {
            await db.Rollback();
        }

        throw new AssertionException("The insert did not clash.");
    });

    internal static Task InsertPetition(Db db, int number, string? key) => db.Execute(
        """
        INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, area, lead_agency,
                               submitted_at, submitted_by, idempotency_key, request_hash)
        VALUES ((SELECT ward_id FROM sessions WHERE id = @SessionId), @SessionId, @Number, 'Nguyễn Bảo Bình', 'Tổ trưởng TDP số 19',
                'TDP số 19', NULL, 'UBND phường', @At, 'test', @Key, NULL)
        """,
        new { SessionId = Workflow.Session, Number = number, Key = key, At = DateTimeOffset.UtcNow },
        CancellationToken.None);
}

/// <summary>
/// SQL Server's messages, as error 2601 (a unique index) and 2627 (a unique constraint) word them. A SqlException has
/// no public constructor, so these read the text; the engine's real errors are read by
/// <see cref="UniqueKeyRecognitionTests"/> when PETITIONS_SQLSERVER names a server.
/// </summary>
public sealed class SqlServerUniqueMessageTests
{
    [TestCase(
        "Cannot insert duplicate key row in object 'dbo.petitions' with unique index 'ux_petitions_idempotency'. The duplicate key value is (1, abc).",
        "ux_petitions_idempotency")]
    [TestCase(
        "Violation of UNIQUE KEY constraint 'uq_petitions_session_number'. Cannot insert duplicate key in object 'dbo.petitions'. The duplicate key value is (1, 8).\r\nThe statement has been terminated.",
        "uq_petitions_session_number")]
    [TestCase(
        "Cannot insert duplicate key row in object 'dbo.petitions' with unique index 'ux_petitions_idempotency'. The duplicate key value is (1, x' with unique index 'uq_petitions_session_number).",
        "ux_petitions_idempotency")]
    [TestCase("Violation of PRIMARY KEY constraint 'pk_petitions'. Cannot insert duplicate key in object 'dbo.petitions'.", "pk_petitions")]
    [TestCase("Conversion failed when converting the nvarchar value 'x' to data type int.", null)]
    public void The_index_or_constraint_a_message_names_is_read(string message, string? expected) =>
        Assert.That(SqlServerDialect.ViolatedKey(message), Is.EqualTo(expected));

    [Test]
    public void The_keys_submission_tells_apart_are_named_so_in_the_SQL_Server_scripts()
    {
        var scripts = string.Join("\n", Directory.GetFiles(Path.Combine(RepositoryRoot(), "database", "sqlserver"), "*.sql").Select(File.ReadAllText));
        foreach (var key in new[] { SubmitPetition.NumberIndex, SubmitPetition.IdempotencyKeyIndex })
        {
            var columns = string.Join(@",\s*", key.Columns);
            Assert.That(
                Regex.IsMatch(scripts, $@"CONSTRAINT {key.Name} UNIQUE \({columns}\)|UNIQUE INDEX {key.Name} ON {key.Table} \({columns}\)"),
                Is.True,
                $"{key.Name} on {key.Table} ({string.Join(", ", key.Columns)})");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Petitions.sln not found above the test directory.");
    }
}

/// <summary>
/// A petition whose number is taken meanwhile takes the next one. SQLite lets one writer in at a time, so the race
/// of SQL Server (two intakes reading the same MAX) cannot happen on it by itself: a trigger plays the other intake.
/// Before the insert it puts in a rival petition with the very number the insert computed, then inserts that rival
/// again with OR FAIL, which fails on the number index and ends the statement without taking back the rival. The
/// insert thus fails on the real index with SQLite's real error, and the rival stays, as a committed concurrent
/// intake would.
/// </summary>
public sealed class PetitionNumberRaceTests
{
    [TestCase(null)]
    [TestCase("race-key")]
    public async Task A_number_taken_meanwhile_makes_the_petition_take_the_next_one(string? key)
    {
        using var app = new PetitionsApp();
        using var leader = app.As("leader19");
        await Rival(app, once: true);

        var response = await leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa nắp cống ngõ 20"), idempotencyKey: key);

        await response.ShouldBe(HttpStatusCode.Created);
        Assert.That(response.Headers.Contains("Idempotent-Replayed"), Is.False);
        var id = (await response.Json())["id"]!.GetValue<long>();
        var rivalNumber = await app.WithDb(db => db.ExecuteScalar<int>("SELECT number FROM petitions WHERE submitted_by = 'rival'", null, CancellationToken.None));
        var petition = await leader.GetJson($"/api/petitions/{id}");
        Assert.That(petition["number"]!.GetValue<int>(), Is.EqualTo(rivalNumber + 1));
        Assert.That(petition["cases"]!.AsArray(), Has.Count.EqualTo(1));

        if (key is not null)
        {
            var repeat = await leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa nắp cống ngõ 20"), idempotencyKey: key);
            await repeat.ShouldBe(HttpStatusCode.Created);
            Assert.That(repeat.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That((await repeat.Json())["id"]!.GetValue<long>(), Is.EqualTo(id));
        }
    }

    [Test]
    public async Task A_number_taken_at_every_attempt_is_a_503_and_leaves_nothing_written()
    {
        using var app = new PetitionsApp();
        using var leader = app.As("leader19");
        await Rival(app, once: false);
        var before = await app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM petitions", null, CancellationToken.None));

        var response = await leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa nắp cống ngõ 20"), idempotencyKey: "busy-key");

        await response.ShouldBe(HttpStatusCode.ServiceUnavailable);
        Assert.That((await response.Json())["code"]!.GetValue<string>(), Is.EqualTo("storageBusy"));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(await app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM petitions", null, CancellationToken.None)), Is.EqualTo(before));
    }

    /// <param name="once">Play the rival at the first attempt only, or at every attempt.</param>
    private static Task<int> Rival(PetitionsApp app, bool once)
    {
        const string values = "(NEW.ward_id, NEW.session_id, NEW.number, 'Rival', 'Rival', NEW.organisation, NULL, 'UBND phường', NEW.submitted_at, 'rival')";
        const string columns = "(ward_id, session_id, number, submitter_name, submitter_title, organisation, area, lead_agency, submitted_at, submitted_by)";
        return app.WithDb(db => db.Execute(
            $"""
            CREATE TRIGGER rival_intake BEFORE INSERT ON petitions
            WHEN NEW.submitted_by <> 'rival' {(once ? "AND NOT EXISTS (SELECT 1 FROM petitions WHERE submitted_by = 'rival')" : "")}
            BEGIN
                INSERT INTO petitions {columns} VALUES {values};
                INSERT OR FAIL INTO petitions {columns} VALUES {values};
            END
            """,
            null,
            CancellationToken.None));
    }
}
