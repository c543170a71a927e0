using System.Net;
using Petitions.Api.Tests.Infrastructure;
using Petitions.Api.Tests.Notices;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// Deadlines on the test clock, before and after the seeded session's reply deadline (20/4/2026): intake stops when
/// it comes, and a case assigned or reopened after it gets working days from today instead of a date already past.
/// </summary>
public sealed class DeadlineTests(string engine) : ApiTests(engine)
{
    private static readonly DateOnly Deadline = new(2026, 4, 20);

    [Test]
    public async Task The_session_takes_petitions_until_its_reply_deadline_then_refuses_them_with_a_code_of_its_own()
    {
        App.Clock.SetToday(Deadline.AddDays(-1));
        Assert.That(await TakesPetitions(Workflow.Session), Is.True);
        await (await Flow.Leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa nắp cống ngõ 20"))).ShouldBe(HttpStatusCode.Created);

        App.Clock.SetToday(Deadline);
        var petitions = await Count("petitions");
        var refused = await Flow.Leader.Post("/api/petitions", Workflow.Petition("Đề nghị sửa nắp cống ngõ 22"));

        await refused.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("sessionDeadlinePassed"));
        Assert.That(problem["args"]!["session"]!.GetValue<string>(), Is.EqualTo("2026-Q1"));
        Assert.That(problem["args"]!["replyDeadline"]!.GetValue<string>(), Is.EqualTo("2026-04-20"));
        Assert.That(await Count("petitions"), Is.EqualTo(petitions), "nothing written");
        Assert.That(await TakesPetitions(Workflow.Session), Is.False);
        Assert.That((await Client.GetJson($"/api/sessions/{Workflow.Session}"))["isClosed"]!.GetValue<bool>(), Is.False, "its intake was not closed; its deadline came");
    }

    [Test]
    public async Task A_notice_is_not_confirmed_into_a_session_whose_deadline_has_come_nor_into_a_new_one_already_past()
    {
        var preview = await (await Client.Post("/api/notices/preview", new { text = NoticeFiles.Appendix })).Json();
        var petition = new
        {
            submitter = new { name = "Nguyễn Bảo Bình", title = "Tổ trưởng TDP số 19", organisation = "TDP số 19", area = "Trung Hòa" },
            items = new[] { new { text = "Đề nghị nạo vét cống", category = "Flooding" } },
        };
        App.Clock.SetToday(Deadline.AddDays(1));
        var cases = await Count("cases");

        var existing = await Client.Post("/api/notices/confirm", new { documentId = preview["document"]!["id"]!.GetValue<long>(), sessionId = Workflow.Session, petitions = new[] { petition } });
        var past = await Client.Post("/api/notices/confirm", new
        {
            documentId = preview["document"]!["id"]!.GetValue<long>(),
            session = new { code = $"TB-{Guid.NewGuid():N}"[..10], title = "Hội nghị đã qua", heldOn = "2026-04-10", replyDeadline = "2026-04-20" },
            petitions = new[] { petition },
        });

        foreach (var refused in new[] { existing, past })
        {
            await refused.ShouldBe(HttpStatusCode.Conflict);
            Assert.That((await refused.Json())["code"]!.GetValue<string>(), Is.EqualTo("sessionDeadlinePassed"));
        }

        Assert.That(await Count("cases"), Is.EqualTo(cases));
    }

    [Test]
    public async Task An_assignment_without_a_date_is_due_on_the_session_deadline_while_it_is_ahead_else_ten_working_days_on()
    {
        var before = await Flow.NewCase();
        var after = await Flow.NewCase();

        await (await Flow.Assign(before)).ShouldBe(HttpStatusCode.OK);
        Assert.That(await DueDate(before), Is.EqualTo("2026-04-20"));

        // Tuesday 21/4: ten working days skip Giỗ Tổ's day off in lieu (Mon 27/4), 30/4 and 1/5.
        App.Clock.SetToday(Deadline.AddDays(1));
        await (await Flow.Assign(after)).ShouldBe(HttpStatusCode.OK);
        var detail = await Client.GetJson($"/api/cases/{after}");
        Assert.That(detail["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-05-08"));
        Assert.That(detail["overdue"]!.GetValue<bool>(), Is.False);
        Assert.That(detail["history"]!.AsArray().Last()!["details"]!["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-05-08"), "the history says which date was set");
    }

    [Test]
    public async Task Reopening_sets_a_new_due_date_by_the_same_rule_or_the_one_given()
    {
        var (_, early) = await Flow.InStatus("Replied");
        var (_, late) = await Flow.InStatus("Replied");
        var (_, given) = await Flow.InStatus("Replied");

        await (await Flow.Reopen(early)).ShouldBe(HttpStatusCode.OK);
        Assert.That(await DueDate(early), Is.EqualTo("2026-04-20"));

        App.Clock.SetToday(Deadline.AddDays(1));
        await (await Flow.Reopen(late)).ShouldBe(HttpStatusCode.OK);
        Assert.That(await DueDate(late), Is.EqualTo("2026-05-08"));

        var past = await Flow.Leader.Post($"/api/cases/{given}/reopen", new { reason = "Vẫn còn rác.", dueDate = "2026-04-20" });
        await past.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await past.Json())["fieldCodes"]!["dueDate"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("case.reopen.dueDate.past"));
        await (await Flow.Leader.Post($"/api/cases/{given}/reopen", new { reason = "Vẫn còn rác.", dueDate = "2026-06-01" })).ShouldBe(HttpStatusCode.OK);
        Assert.That(await DueDate(given), Is.EqualTo("2026-06-01"));
    }

    [Test]
    public async Task The_number_of_working_days_is_configured()
    {
        if (Engine != Engines.Sqlite)
        {
            Assert.Ignore("The rule is the engine's no more than the default's.");
        }

        using var app = new PetitionsApp(settings: new Dictionary<string, string> { ["Deadlines:WorkingDays"] = "3" });
        var flow = new Workflow(app);
        var caseId = await flow.NewCase();
        app.Clock.SetToday(Deadline.AddDays(1));

        await (await flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        Assert.That((await flow.Dispatcher.GetJson($"/api/cases/{caseId}"))["dueDate"]!.GetValue<string>(), Is.EqualTo("2026-04-24"));
    }

    private async Task<bool> TakesPetitions(long sessionId) =>
        (await Client.GetJson("/api/sessions")).AsArray().Single(s => s!["id"]!.GetValue<long>() == sessionId)!["takesPetitions"]!.GetValue<bool>();

    private async Task<string> DueDate(long caseId) => (await Client.GetJson($"/api/cases/{caseId}"))["dueDate"]!.GetValue<string>();
}
