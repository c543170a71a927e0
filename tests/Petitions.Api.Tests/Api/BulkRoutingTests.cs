using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Domain;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The dispatcher routes several received cases at once (POST /api/cases/route): each as one assignment would be, all
/// or nothing, and a refusal names every case that stood in the way.
/// </summary>
public sealed class BulkRoutingTests(string engine) : ApiTests(engine)
{
    private static object Route(IEnumerable<(long Id, int? Version)> cases, string? dueDate = null, long departmentId = Workflow.KtHtDt) => new
    {
        cases = cases.Select(c => new { id = c.Id, version = c.Version }),
        assignment = Workflow.Assignment(departmentId, dueDate),
    };

    private Task<HttpResponseMessage> Send(params long[] ids) => Client.Post("/api/cases/route", Route(ids.Select(id => (id, (int?)1))));

    private async Task<JsonNode> Case(long id) => await Client.GetJson($"/api/cases/{id}");

    private async Task<long> OfficerNotifications(long caseId) => await App.WithDb(db => db.ExecuteScalar<long>(
        "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'ktht' AND n.link = @Link",
        new { Link = $"/cases/{caseId}" },
        CancellationToken.None));

    [Test]
    public async Task Two_received_cases_are_routed_together_each_as_one_assignment_would_be()
    {
        var (_, ids) = await Flow.Submit("Đề nghị thu gom rác ngõ 41", "Đề nghị sửa nắp hố ga ngõ 41");
        var single = await Flow.NewCase();
        await (await Flow.Assign(single)).ShouldBe(HttpStatusCode.OK);

        var routed = await Send(ids);

        await routed.ShouldBe(HttpStatusCode.OK);
        var items = (await routed.Json())["items"]!.AsArray();
        Assert.That(items.Select(i => (i!["id"]!.GetValue<long>(), i["status"]!.GetValue<string>(), i["version"]!.GetValue<int>())),
            Is.EqualTo(ids.Select(id => (id, "Assigned", 2))));
        var expected = (await Case(single))["history"]!.AsArray().Last()!;
        foreach (var id in ids)
        {
            var detail = await Case(id);
            Assert.That(detail["departmentId"]!.GetValue<long>(), Is.EqualTo(Workflow.KtHtDt));
            Assert.That(detail["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-04-20"), "left out: the session's deadline, as assign does");
            var last = detail["history"]!.AsArray().Last()!;
            Assert.That(last["action"]!.GetValue<string>(), Is.EqualTo("Assign"));
            Assert.That(last["from"]!.GetValue<string>(), Is.EqualTo("Received"));
            Assert.That(last["to"]!.GetValue<string>(), Is.EqualTo("Assigned"));
            Assert.That(last["actor"]!.GetValue<string>(), Is.EqualTo("dispatcher"));
            Assert.That(last["details"]!.ToJsonString(), Is.EqualTo(expected["details"]!.ToJsonString()), "the same six clears recorded as one assignment");
            Assert.That(await OfficerNotifications(id), Is.EqualTo(1), "KT-HT-ĐT's officer is told of each case, as of one assignment");
        }
    }

    [Test]
    public async Task A_given_due_date_applies_to_every_case_and_a_left_out_one_follows_each_case_s_rule_after_the_deadline()
    {
        var (_, ids) = await Flow.Submit("Đề nghị lắp đèn ngõ 7", "Đề nghị lắp đèn ngõ 9");
        var (_, later) = await Flow.Submit("Đề nghị lắp đèn ngõ 11");

        await (await Client.Post("/api/cases/route", Route(ids.Select(id => (id, (int?)null)), dueDate: "2026-05-15"))).ShouldBe(HttpStatusCode.OK);
        App.Clock.SetToday(new DateOnly(2026, 4, 21));
        await (await Client.Post("/api/cases/route", Route([(later[0], null)]))).ShouldBe(HttpStatusCode.OK);

        Assert.That((await Case(ids[0]))["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-05-15"));
        Assert.That((await Case(ids[1]))["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-05-15"));
        Assert.That((await Case(later[0]))["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-05-08"), "ten working days from 21/4, as assign gives");
    }

    [Test]
    public async Task A_case_no_longer_received_refuses_the_whole_batch_naming_it_and_nothing_is_written()
    {
        var (_, ids) = await Flow.Submit("Đề nghị dọn rác ngõ 3", "Đề nghị dọn rác ngõ 5", "Đề nghị dọn rác ngõ 7");
        await (await Flow.Assign(ids[1])).ShouldBe(HttpStatusCode.OK);
        var events = await Count("case_events");
        var notifications = await Count("notifications");

        var refused = await Client.Post("/api/cases/route", Route([(ids[0], 1), (ids[1], 2), (ids[2], 1)]));

        await refused.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("casesNotRoutable"));
        Assert.That(problem["args"]!["caseIds"]!.AsArray().Select(i => i!.GetValue<long>()), Is.EqualTo(new[] { ids[1] }));
        var refusal = problem["args"]!["refusals"]![0]!;
        Assert.That(refusal["reason"]!.GetValue<string>(), Is.EqualTo("notReceived"));
        Assert.That(refusal["status"]!.GetValue<string>(), Is.EqualTo("Assigned"));
        Assert.That((await Case(ids[0]))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That((await Case(ids[2]))["version"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(await Count("case_events"), Is.EqualTo(events), "nothing written");
        Assert.That(await Count("notifications"), Is.EqualTo(notifications), "nobody told");
    }

    [Test]
    public async Task A_stale_version_refuses_the_batch_with_what_was_sent_and_what_the_case_is_at()
    {
        var (_, ids) = await Flow.Submit("Đề nghị sửa đường ngõ 12", "Đề nghị sửa đường ngõ 14");
        await (await Flow.Note(ids[0])).ShouldBe(HttpStatusCode.OK);

        var refused = await Send(ids);

        await refused.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("casesNotRoutable"));
        var refusal = problem["args"]!["refusals"]!.AsArray().Single()!;
        Assert.That(refusal["caseId"]!.GetValue<long>(), Is.EqualTo(ids[0]));
        Assert.That(refusal["reason"]!.GetValue<string>(), Is.EqualTo("staleVersion"));
        Assert.That((refusal["expected"]!.GetValue<int>(), refusal["actual"]!.GetValue<int>()), Is.EqualTo((1, 2)));
        Assert.That((await Case(ids[1]))["status"]!.GetValue<string>(), Is.EqualTo("Received"), "the other case waits too");
    }

    [Test]
    public async Task An_unknown_case_or_another_ward_s_answers_404_naming_them_and_nothing_is_written()
    {
        var own = await Flow.NewCase();
        var other = await App.WithDb(async db =>
        {
            var ct = CancellationToken.None;
            var ward = await db.Insert($"INSERT INTO wards (code, name) VALUES ('w-{Guid.NewGuid():N}', 'Phường khác')", new { }, ct);
            var session = await db.Insert(
                $"INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed) VALUES (@Ward, 'S-{Guid.NewGuid():N}', 'Giao ban', @Held, @Due, 0)",
                new { Ward = ward, Held = new DateOnly(2026, 4, 9), Due = new DateOnly(2026, 4, 24) },
                ct);
            var petition = await db.Insert(
                """
                INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, lead_agency, submitted_at, submitted_by)
                VALUES (@Ward, @Session, 1, 'Đỗ Văn Hùng', 'Tổ trưởng TDP số 2', 'TDP số 2', 'UBND phường', @At, 'test')
                """,
                new { Ward = ward, Session = session, At = DateTimeOffset.Now },
                ct);
            return await db.Insert(
                """
                INSERT INTO cases (ward_id, session_id, petition_id, item_number, text, category, status, due_date, search_text, version, created_at, updated_at)
                VALUES (@Ward, @Session, @Petition, 1, 'Đề nghị khác phường', 'Other', 'Received', @Due, 'de nghi khac phuong', 1, @At, @At)
                """,
                new { Ward = ward, Session = session, Petition = petition, Due = new DateOnly(2026, 4, 24), At = DateTimeOffset.Now },
                ct);
        });

        var refused = await Send(own, other, 987654);

        await refused.ShouldBe(HttpStatusCode.NotFound);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("casesNotFound"));
        Assert.That(problem["args"]!["caseIds"]!.AsArray().Select(i => i!.GetValue<long>()), Is.EqualTo(new[] { other, 987654L }));
        Assert.That((await Case(own))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        Assert.That(await App.WithDb(db => db.ExecuteScalar<string>("SELECT status FROM cases WHERE id = @Id", new { Id = other }, CancellationToken.None)), Is.EqualTo("Received"));
    }

    [Test]
    public async Task The_batch_is_bounded_each_case_is_sent_once_and_the_six_clears_are_required()
    {
        var tooMany = await Client.Post("/api/cases/route", Route(Enumerable.Range(1, 101).Select(i => ((long)i, (int?)1))));
        var repeated = await Client.Post("/api/cases/route", Route([(1, 1), (1, 1)]));
        var empty = await Client.Post("/api/cases/route", Route([]));
        var noClears = await Client.Post("/api/cases/route", new { cases = new[] { new { id = 1 } }, assignment = new { departmentId = 2 } });

        await tooMany.ShouldBe(HttpStatusCode.BadRequest);
        var code = (await tooMany.Json())["fieldCodes"]!["cases"]![0]!;
        Assert.That(code["code"]!.GetValue<string>(), Is.EqualTo("case.route.cases.tooMany"));
        Assert.That((code["args"]!["max"]!.GetValue<int>(), code["args"]!["actual"]!.GetValue<int>()), Is.EqualTo((100, 101)));
        await repeated.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await repeated.Json())["fieldCodes"]!["cases"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.route.cases.repeated"));
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["fieldCodes"]!["cases"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.route.cases.required"));
        await noClears.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await noClears.Json())["fieldCodes"]!.AsObject().Select(f => f.Key), Does.Contain("assignment.assignee").And.Contain("assignment.authority"));
    }

    [Test]
    public async Task Only_the_dispatcher_routes()
    {
        var caseId = await Flow.NewCase();

        var officer = await Flow.Officer.Post("/api/cases/route", Route([(caseId, 1)]));

        await officer.ShouldBe(HttpStatusCode.Forbidden);
        Assert.That((await Case(caseId))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
    }
}

/// <summary>Routing several cases under Production: no demo data nor accounts but the appendix loaded on purpose and a dispatcher the administrator made.</summary>
public sealed class BulkRoutingProductionTests
{
    [Test]
    public async Task A_dispatcher_routes_two_seeded_cases_in_Production()
    {
        using var app = new PetitionsApp(environment: "Production", settings: new Dictionary<string, string> { ["Database:LoadDemoSessions"] = "true" });
        await app.AddUser("vp.dieuphoi", Role.Dispatcher, departmentCode: "VP");
        using var dispatcher = app.As("vp.dieuphoi");

        var routed = await dispatcher.Post("/api/cases/route", new
        {
            cases = new[] { new { id = 4L, version = 1 }, new { id = 5L, version = 1 } },
            assignment = Workflow.Assignment(Workflow.CongAn),
        });

        await routed.ShouldBe(HttpStatusCode.OK);
        var list = await dispatcher.GetJson($"/api/cases?departmentId={Workflow.CongAn}&status=Assigned");
        Assert.That(list["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 4, 5 }));
    }
}
