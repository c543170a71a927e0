using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class RepliesTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_draft_is_reworded_until_it_is_issued_and_the_letter_carries_the_new_words()
    {
        var (petitionId, caseIds) = await Flow.Submit("Đề nghị nạo vét cống ngõ 12");
        await (await Flow.Assign(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Start(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Resolve(caseIds[0])).ShouldBe(HttpStatusCode.OK);
        var replyId = (await (await Flow.Officer.Post("/api/replies", new { petitionId, caseIds })).Json())["id"]!.GetValue<long>();
        const string subject = "Trả lời kiến nghị của TDP số 19 về nạo vét cống ngõ 12, phường Yên Hòa";
        const string body = "UBND phường Yên Hòa nhận được kiến nghị của Tổ dân phố số 19. Sau khi Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra, UBND phường trả lời như sau:";

        var edited = await Flow.Officer.PutAsync($"/api/replies/{replyId}", System.Net.Http.Json.JsonContent.Create(new { subject, body }));

        await edited.ShouldBe(HttpStatusCode.OK);
        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["subject"]!.GetValue<string>(), Is.EqualTo(subject));
        Assert.That(reply["body"]!.GetValue<string>(), Is.EqualTo(body));
        var empty = await Client.PutAsync($"/api/replies/{replyId}", System.Net.Http.Json.JsonContent.Create(new { subject = "", body }));
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["errors"]!["subject"], Is.Not.Null);
        await (await Client.Post($"/api/replies/{replyId}/issue")).ShouldBe(HttpStatusCode.OK);
        using var letter = new WordFile(await (await Client.GetAsync($"/api/replies/{replyId}/document")).Content.ReadAsByteArrayAsync());
        Assert.That(letter.Text, Does.Contain(body));

        var late = await Client.PutAsync($"/api/replies/{replyId}", System.Net.Http.Json.JsonContent.Create(new { subject = "Sửa sau khi ban hành", body }));
        await late.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["subject"]!.GetValue<string>(), Is.EqualTo(subject));
        await (await Client.PutAsync("/api/replies/99999", System.Net.Http.Json.JsonContent.Create(new { subject, body }))).ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_group_leader_reads_a_reply_only_once_it_is_issued()
    {
        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var draft = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } });
        await draft.ShouldBe(HttpStatusCode.Created);
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        string[] reads = [$"/api/replies/{replyId}", $"/api/replies/{replyId}/document", $"/api/replies/{replyId}/document?format=html"];

        foreach (var url in reads)
        {
            await (await Flow.Leader.GetAsync(url)).ShouldBe(HttpStatusCode.NotFound);
        }

        Assert.That((await Flow.Leader.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray(), Is.Empty);
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray().Select(r => r!["id"]!.GetValue<long>()), Is.EqualTo(new[] { replyId }));

        await (await Client.Post($"/api/replies/{replyId}/issue")).ShouldBe(HttpStatusCode.OK);

        foreach (var url in reads)
        {
            await (await Flow.Leader.GetAsync(url)).ShouldBe(HttpStatusCode.OK);
        }

        var replies = (await Flow.Leader.GetJson($"/api/cases/{caseId}"))["replies"]!.AsArray();
        Assert.That(replies.Select(r => (r!["id"]!.GetValue<long>(), r["status"]!.GetValue<string>())), Is.EqualTo(new[] { (replyId, "Issued") }));
    }

    [Test]
    public async Task A_reply_may_cover_some_of_a_petitions_cases_and_issuing_it_replies_them()
    {
        var (petitionId, caseIds) = await Flow.Submit("Một", "Hai", "Ba");
        foreach (var caseId in caseIds[..2])
        {
            await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        }

        var draft = await Client.Post("/api/replies", new { petitionId, caseIds = caseIds[..2] });
        await draft.ShouldBe(HttpStatusCode.Created);
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        Assert.That(draft.Headers.Location?.ToString(), Is.EqualTo($"/api/replies/{replyId}"));
        var drafted = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(drafted["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That(drafted["number"], Is.Null);
        Assert.That(drafted["subject"]!.GetValue<string>(), Is.EqualTo("Trả lời kiến nghị của TDP số 19"));

        var issued = await Client.Post($"/api/replies/{replyId}/issue");

        await issued.ShouldBe(HttpStatusCode.OK);
        var reply = await Client.GetJson($"/api/replies/{replyId}");
        Assert.That(reply["status"]!.GetValue<string>(), Is.EqualTo("Issued"));
        Assert.That(reply["issuedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-13"));
        Assert.That(reply["cases"]!.AsArray().Select(c => c!["status"]!.GetValue<string>()), Is.All.EqualTo("Replied"));
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[2]}"))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
        var replied = await Client.GetJson($"/api/cases/{caseIds[0]}");
        Assert.That(replied["replies"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(replyId));
    }

    [Test]
    public async Task Reply_numbers_run_in_sequence_and_a_reply_is_issued_once()
    {
        var (firstPetition, firstCase) = await Flow.InStatus("Resolved");
        var (secondPetition, secondCase) = await Flow.InStatus("Resolved");

        var first = await Flow.Reply(firstPetition, firstCase);
        var second = await Flow.Reply(secondPetition, secondCase);

        Assert.That(second["number"]!.GetValue<int>(), Is.EqualTo(first["number"]!.GetValue<int>() + 1));
        Assert.That(second["year"]!.GetValue<int>(), Is.EqualTo(2026));
        var again = await Client.Post($"/api/replies/{first["id"]}/issue");
        await again.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await again.Json())["title"]!.GetValue<string>(), Is.EqualTo("Reply already issued"));
    }

    [Test]
    public async Task A_reply_cannot_cover_a_case_still_being_worked_on_or_of_another_petition()
    {
        var (petitionId, caseId) = await Flow.InStatus("InProgress");
        var (_, foreign) = await Flow.InStatus("Resolved");
        var replies = await Count("replies");

        var notReady = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } });
        var notOurs = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { foreign } });
        var empty = await Client.Post("/api/replies", new { petitionId, caseIds = Array.Empty<long>() });
        var noPetition = await Client.Post("/api/replies", new { petitionId = 99999, caseIds = new[] { caseId } });

        await notReady.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await notReady.Json())["detail"]!.GetValue<string>(), Is.EqualTo($"Case {caseId} is InProgress: a reply can cover only Resolved or Referred cases."));
        await notOurs.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await notOurs.Json())["errors"]!["caseIds"]![0]!.GetValue<string>(), Is.EqualTo($"Case {foreign} is not part of petition {petitionId}."));
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        await noPetition.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(await Count("replies"), Is.EqualTo(replies));
    }

    [Test]
    public async Task Issuing_refuses_whole_when_a_covered_case_moved_on_meanwhile()
    {
        var (petitionId, caseIds) = await Flow.Submit("Một", "Hai");
        foreach (var caseId in caseIds)
        {
            await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        }

        var draft = await Client.Post("/api/replies", new { petitionId, caseIds });
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        // The second case is replied by another reply before this one goes out.
        await Flow.Reply(petitionId, caseIds[1]);
        await (await Flow.Reopen(caseIds[1])).ShouldBe(HttpStatusCode.OK);

        var issued = await Client.Post($"/api/replies/{replyId}/issue");

        await issued.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[0]}"))["status"]!.GetValue<string>(), Is.EqualTo("Resolved"), "nothing half-written");
    }

    [Test]
    public async Task Replies_and_petitions_that_do_not_exist_answer_404()
    {
        await (await Client.GetAsync("/api/replies/99999")).ShouldBe(HttpStatusCode.NotFound);
        await (await Client.Post("/api/replies/99999/issue")).ShouldBe(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/petitions/99999")).ShouldBe(HttpStatusCode.NotFound);
        await (await Client.GetAsync("/api/sessions/99999")).ShouldBe(HttpStatusCode.NotFound);
    }
}
