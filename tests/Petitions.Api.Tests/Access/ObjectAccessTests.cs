using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Access;

/// <summary>What a caller may not see answers 404, exactly like what does not exist; lists are filtered the same way.</summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public sealed class ObjectAccessTests(string engine)
{
    // From the seeded appendix: petition 1 is TDP số 19's (cases 1, 2), petition 4 TDP số 25's (case 7),
    // petition 2 Chi bộ 13's (case 3, congestion: Công an).
    private const long Leader25Petition = 4;
    private const long Leader25Case = 7;
    private const long CongAn = 5;

    private PetitionsApp _app = null!;
    private Workflow _flow = null!;
    private long _leader25Reply;

    [OneTimeSetUp]
    public async Task RouteSomeAppendixCases()
    {
        _app = new PetitionsApp(engine);
        _flow = new Workflow(_app);
        // Leader 25's case goes all the way to a reply; case 3 to Công an; case 2 of petition 1 too.
        await (await _flow.Assign(Leader25Case)).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Start(Leader25Case)).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Resolve(Leader25Case)).ShouldBe(HttpStatusCode.OK);
        _leader25Reply = (await _flow.Reply(Leader25Petition, Leader25Case))["id"]!.GetValue<long>();
        await (await _flow.Assign(3, departmentId: CongAn)).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Assign(1)).ShouldBe(HttpStatusCode.OK);
        await (await _flow.Assign(2, departmentId: CongAn)).ShouldBe(HttpStatusCode.OK);
    }

    [OneTimeTearDown]
    public void Stop() => _app?.Dispose();

    [Test]
    public async Task Leader_19_cannot_read_list_reopen_or_reply_for_leader_25s_cases()
    {
        using var leader19 = _app.As("leader19");

        await (await leader19.GetAsync($"/api/cases/{Leader25Case}")).ShouldBe(HttpStatusCode.NotFound);
        await (await leader19.GetAsync($"/api/petitions/{Leader25Petition}")).ShouldBe(HttpStatusCode.NotFound);
        await (await leader19.GetAsync($"/api/replies/{_leader25Reply}")).ShouldBe(HttpStatusCode.NotFound);
        await (await leader19.Post($"/api/cases/{Leader25Case}/reopen", new { reason = "Chưa xử lý" })).ShouldBe(HttpStatusCode.NotFound);
        await (await leader19.Post($"/api/cases/{Leader25Case}/close")).ShouldBe(HttpStatusCode.NotFound);
        await (await leader19.Post("/api/replies", new { petitionId = Leader25Petition, caseIds = new[] { Leader25Case } })).ShouldBe(HttpStatusCode.Forbidden);
        var listed = await leader19.GetJson("/api/cases?limit=200");
        Assert.That(listed["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(listed["items"]!.AsArray().Select(c => c!["organisation"]!.GetValue<string>()), Is.All.EqualTo("TDP số 19"));
        var guessed = await leader19.GetJson($"/api/cases?limit=200&q={Uri.EscapeDataString("Vu Pham Ham")}");
        Assert.That(guessed["items"]!.AsArray(), Is.Empty, "searching for another group's street finds nothing");
    }

    [Test]
    public async Task Leader_25_reads_and_may_reopen_their_own()
    {
        using var leader25 = _app.As("leader25");

        await (await leader25.GetAsync($"/api/replies/{_leader25Reply}")).ShouldBe(HttpStatusCode.OK);
        await (await leader25.GetAsync($"/api/petitions/{Leader25Petition}")).ShouldBe(HttpStatusCode.OK);
        var reopened = await leader25.Post($"/api/cases/{Leader25Case}/reopen", new { reason = "Rác vẫn tồn đọng." });
        await reopened.ShouldBe(HttpStatusCode.OK);
        var history = (await leader25.GetJson($"/api/cases/{Leader25Case}"))["history"]!.AsArray();
        Assert.That(history[^1]!["actor"]!.GetValue<string>(), Is.EqualTo("leader25"));
    }

    [Test]
    public async Task A_group_leader_submits_only_for_their_own_organisation()
    {
        using var leader19 = _app.As("leader19");
        var forOthers = new
        {
            sessionId = 1,
            submitter = new { name = "Lại Ngọc Thuận", title = "Tổ trưởng TDP số 25", organisation = "TDP số 25" },
            items = new[] { new { text = "Đề nghị" } },
        };

        var response = await leader19.Post("/api/petitions", forOthers);

        await response.ShouldBe(HttpStatusCode.Forbidden);
        Assert.That((await response.Json())["detail"]!.GetValue<string>(), Does.Contain("TDP số 19"));
    }

    [Test]
    public async Task An_officer_of_KT_HT_DT_cannot_touch_a_Cong_an_case()
    {
        using var ktht = _app.As("ktht");
        using var congan = _app.As("congan");

        await (await ktht.GetAsync("/api/cases/3")).ShouldBe(HttpStatusCode.NotFound);
        await (await ktht.Post("/api/cases/3/start")).ShouldBe(HttpStatusCode.NotFound);
        await (await ktht.Post("/api/cases/3/return", new { reason = "Không phải của phòng" })).ShouldBe(HttpStatusCode.NotFound);
        await (await ktht.GetAsync("/api/petitions/2")).ShouldBe(HttpStatusCode.NotFound);
        var listed = await ktht.GetJson("/api/cases?limit=200");
        Assert.That(listed["items"]!.AsArray().Select(c => c!["departmentName"]!.GetValue<string>()), Is.All.EqualTo("KT-HT-ĐT"));

        await (await congan.GetAsync("/api/cases/3")).ShouldBe(HttpStatusCode.OK);
        await (await congan.Post("/api/cases/3/start")).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_officer_sees_the_petition_of_their_case_but_only_their_own_cases_in_it()
    {
        using var ktht = _app.As("ktht");

        var petition = await ktht.GetJson("/api/petitions/1");

        Assert.That(petition["submitterName"]!.GetValue<string>(), Is.EqualTo("Nguyễn Bảo Bình"));
        Assert.That(petition["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 1 }));
    }

    [Test]
    public async Task Admin_and_Party_Office_read_the_audit_trail_of_any_case_with_who_did_what()
    {
        foreach (var reader in new[] { "admin", "partyoffice" })
        {
            using var client = _app.As(reader);
            var trail = (await client.GetJson($"/api/cases/{Leader25Case}"))["history"]!.AsArray();
            Assert.That(trail.Select(e => e!["actor"]!.GetValue<string>()), Is.SupersetOf(new[] { "seed", "dispatcher", "ktht" }), reader);
            Assert.That(trail.Select(e => e!["action"]!.GetValue<string>()), Is.SupersetOf(new[] { "Submit", "Assign", "Start", "Resolve", "Reply" }), reader);
        }
    }
}
