using System.Net;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>One deployment, many wards: what belongs to another ward is never listed and answers 404 by id.</summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class WardIsolationTests(string engine)
{
    private static async Task<long> AddTrungHoaWard(Db db)
    {
        var ct = CancellationToken.None;
        await db.Execute("INSERT INTO wards (code, name) VALUES ('trung-hoa', 'Phường Trung Hòa')", null, ct);
        var wardId = await db.ExecuteScalar<long>("SELECT id FROM wards WHERE code = 'trung-hoa'", null, ct);
        await db.Execute("INSERT INTO departments (ward_id, code, short_name, name) VALUES (@WardId, 'CA', 'Công an phường', 'Công an phường Trung Hòa')", new { WardId = wardId }, ct);
        await db.Execute(
            "INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed) VALUES (@WardId, '2026-Q1', 'Giao ban quý I/2026 phường Trung Hòa', @Held, @Deadline, 0)",
            new { WardId = wardId, Held = new DateOnly(2026, 4, 9), Deadline = new DateOnly(2026, 4, 24) },
            ct);
        return wardId;
    }

    [Test]
    public async Task A_ward_sees_only_its_own_sessions_departments_petitions_and_cases()
    {
        using var yenHoa = new PetitionsApp(engine);
        using var client = yenHoa.CreateClient();
        var trungHoaId = await yenHoa.WithDb(AddTrungHoaWard);
        var (foreignPetition, foreignCase) = await yenHoa.WithDb(async db =>
        {
            var ct = CancellationToken.None;
            var sessionId = await db.ExecuteScalar<long>("SELECT id FROM sessions WHERE ward_id = @WardId", new { WardId = trungHoaId }, ct);
            var petitionId = await db.Insert(
                """
                INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, lead_agency, submitted_at, submitted_by)
                VALUES (@WardId, @SessionId, 1, 'Đỗ Văn Hùng', 'Tổ trưởng TDP số 2', 'TDP số 2', 'UBND phường', @At, 'test')
                """,
                new { WardId = trungHoaId, SessionId = sessionId, At = DateTimeOffset.Now },
                ct);
            var caseId = await db.Insert(
                """
                INSERT INTO cases (ward_id, session_id, petition_id, item_number, text, category, status, due_date, search_text, version, created_at, updated_at)
                VALUES (@WardId, @SessionId, @PetitionId, 1, 'Đề nghị xử lý úng ngập phố Trung Hòa', 'Flooding', 'Received', @Due, 'de nghi xu ly ung ngap pho trung hoa', 1, @At, @At)
                """,
                new { WardId = trungHoaId, SessionId = sessionId, PetitionId = petitionId, Due = new DateOnly(2026, 4, 24), At = DateTimeOffset.Now },
                ct);
            return (petitionId, caseId);
        });

        var cases = await client.GetJson("/api/cases?limit=200&q=ung%20ngap");
        Assert.That(cases["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 1 }));
        Assert.That((await client.GetJson("/api/sessions")).AsArray(), Has.Count.EqualTo(1));
        Assert.That((await client.GetJson("/api/departments")).AsArray().Select(d => d!["name"]!.GetValue<string>()), Does.Not.Contain("Công an phường Trung Hòa"));
        await (await client.GetAsync($"/api/cases/{foreignCase}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/petitions/{foreignPetition}")).ShouldBe(HttpStatusCode.NotFound);
        await (await Cases.Assign(client, foreignCase)).ShouldBe(HttpStatusCode.NotFound);
        await (await client.Post("/api/replies", new { petitionId = foreignPetition, caseIds = new[] { foreignCase } })).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_installation_configured_for_another_ward_sees_none_of_Yen_Hoa()
    {
        string? file = null;
        using (var first = new PetitionsApp(engine))
        {
            if (engine != Engines.Sqlite)
            {
                Assert.Ignore("Sharing one database between two installations is shown on SQLite here.");
            }

            file = first.DatabaseFile;
            await first.WithDb(AddTrungHoaWard);
            using var trungHoa = new PetitionsApp(engine, wardCode: "trung-hoa", sqliteFile: file);
            using var client = trungHoa.CreateClient();

            var sessions = await client.GetJson("/api/sessions");
            Assert.That(sessions.AsArray().Select(s => s!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Giao ban quý I/2026 phường Trung Hòa" }));
            Assert.That((await client.GetJson("/api/cases"))["items"]!.AsArray(), Is.Empty);
            await (await client.GetAsync("/api/cases/1")).ShouldBe(HttpStatusCode.NotFound);
            await (await client.Post("/api/petitions", Cases.Petition("Đề nghị"))).ShouldBe(HttpStatusCode.BadRequest);
        }
    }
}
