using System.Net;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>One deployment, many wards: what belongs to another ward is never listed and answers 404 by id.</summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class WardIsolationTests(string engine)
{
    private PetitionsApp _app = null!;
    private long _foreignPetition;
    private long _foreignCase;

    [OneTimeSetUp]
    public async Task AddSecondWard()
    {
        _app = new PetitionsApp(engine);
        (_foreignPetition, _foreignCase) = await _app.WithDb(AddTrungHoa);
        await _app.AddUser("trunghoa.dispatcher", Role.Dispatcher, wardCode: "trung-hoa");
        await _app.AddUser("city.overseer", Role.Overseer, wardCode: null);
    }

    [OneTimeTearDown]
    public void Stop() => _app?.Dispose();

    private static async Task<(long Petition, long Case)> AddTrungHoa(Db db)
    {
        var ct = CancellationToken.None;
        var wardId = await db.Insert("INSERT INTO wards (code, name) VALUES ('trung-hoa', 'Phường Trung Hòa')", new { }, ct);
        await db.Execute("INSERT INTO departments (ward_id, code, short_name, name) VALUES (@WardId, 'CA', 'Công an phường', 'Công an phường Trung Hòa')", new { WardId = wardId }, ct);
        var sessionId = await db.Insert(
            "INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed) VALUES (@WardId, '2026-Q1', 'Giao ban quý I/2026 phường Trung Hòa', @Held, @Deadline, 0)",
            new { WardId = wardId, Held = new DateOnly(2026, 4, 9), Deadline = new DateOnly(2026, 4, 24) },
            ct);
        var petitionId = await db.Insert(
            """
            INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, lead_agency, submitted_at, submitted_by)
            VALUES (@WardId, @SessionId, 1, 'Đỗ Văn Hùng', 'Tổ trưởng TDP số 19', 'TDP số 19', 'UBND phường', @At, 'test')
            """,
            new { WardId = wardId, SessionId = sessionId, At = DateTimeOffset.Now },
            ct);
        var caseId = await db.Insert(
            """
            INSERT INTO cases (ward_id, session_id, petition_id, item_number, text, category, status, due_date, search_text, version, created_at, updated_at)
            VALUES (@WardId, @SessionId, @PetitionId, 1, 'Đề nghị xử lý úng ngập phố Trung Hòa', 'Flooding', 'Received', @Due, 'de nghi xu ly ung ngap pho trung hoa', 1, @At, @At)
            """,
            new { WardId = wardId, SessionId = sessionId, PetitionId = petitionId, Due = new DateOnly(2026, 4, 24), At = DateTimeOffset.Now },
            ct);
        return (petitionId, caseId);
    }

    [Test]
    public async Task A_ward_sees_only_its_own_sessions_departments_petitions_and_cases()
    {
        using var client = _app.As("dispatcher");

        var cases = await client.GetJson("/api/cases?limit=200&q=ung%20ngap");
        Assert.That(cases["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 1 }));
        Assert.That((await client.GetJson("/api/sessions")).AsArray(), Has.Count.EqualTo(1));
        Assert.That((await client.GetJson("/api/departments")).AsArray().Select(d => d!["name"]!.GetValue<string>()), Does.Not.Contain("Công an phường Trung Hòa"));
        await (await client.GetAsync($"/api/cases/{_foreignCase}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/petitions/{_foreignPetition}")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.Post($"/api/cases/{_foreignCase}/assign", Workflow.Assignment())).ShouldBe(HttpStatusCode.NotFound);
        await (await client.Post("/api/replies", new { petitionId = _foreignPetition, caseIds = new[] { _foreignCase } })).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task The_same_organisation_name_in_another_ward_is_another_organisation()
    {
        using var leader = _app.As("leader19");

        await (await leader.GetAsync($"/api/cases/{_foreignCase}")).ShouldBe(HttpStatusCode.NotFound);
        await (await leader.GetAsync($"/api/petitions/{_foreignPetition}")).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Another_wards_staff_see_none_of_Yen_Hoa()
    {
        using var client = _app.As("trunghoa.dispatcher");

        var sessions = await client.GetJson("/api/sessions");
        Assert.That(sessions.AsArray().Select(s => s!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Giao ban quý I/2026 phường Trung Hòa" }));
        Assert.That((await client.GetJson("/api/cases"))["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new[] { _foreignCase }));
        await (await client.GetAsync("/api/cases/1")).ShouldBe(HttpStatusCode.NotFound);
        await (await client.Post("/api/petitions", Workflow.Petition("Đề nghị"))).ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_city_level_reader_sees_every_ward_but_writes_in_none()
    {
        using var client = _app.As("city.overseer");

        var ids = (await client.GetJson("/api/cases?limit=200"))["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).ToList();
        Assert.That(ids, Does.Contain(1L).And.Contain(_foreignCase));
        Assert.That((await client.GetJson("/api/sessions")).AsArray(), Has.Count.EqualTo(2));
        await (await client.GetAsync($"/api/petitions/{_foreignPetition}")).ShouldBe(HttpStatusCode.OK);
        await (await client.Post("/api/petitions", Workflow.Petition("Đề nghị"))).ShouldBe(HttpStatusCode.Forbidden);
    }
}
