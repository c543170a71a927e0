using System.Net;
using System.Net.Http.Json;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// The ward's signing officials: the administrator keeps them and the defaults; a reply or a report prints the one it
/// chose; registering the report gives it its number of the ward and year.
/// </summary>
public sealed class SignersTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task The_administrator_keeps_the_signers_and_the_defaults_and_a_new_reply_takes_the_default()
    {
        using var admin = App.As("admin");
        var seeded = await admin.GetJson("/api/signers");
        var ngoc = seeded["signers"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Lương Khánh Ngọc")!;
        Assert.That(ngoc["form"]!.GetValue<string>(), Is.EqualTo("ByOrder"));
        Assert.That(ngoc["lines"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG" }));
        Assert.That(seeded["reportSignerId"]!.GetValue<long>(), Is.EqualTo(ngoc["id"]!.GetValue<long>()), "the seeds make her the report's default");

        var created = await admin.Post("/api/signers", new { name = "Phạm Thu Hà", position = "Chủ tịch", form = "OnBehalf", disabled = false });
        await created.ShouldBe(HttpStatusCode.Created);
        var ha = (await created.Json())["signers"]!.AsArray().Last()!;
        Assert.That(ha["lines"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" }));
        var haId = ha["id"]!.GetValue<long>();
        var wrongKind = await admin.PutAsync("/api/signers/defaults", JsonContent.Create(new { replySignerId = ngoc["id"]!.GetValue<long>(), reportSignerId = ngoc["id"]!.GetValue<long>() }));
        await wrongKind.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await wrongKind.Json())["fieldCodes"]!["replySignerId"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("signer.default.wrongForm"), "T/L does not sign the People's Committee's letters");
        await (await admin.PutAsync("/api/signers/defaults", JsonContent.Create(new { replySignerId = haId, reportSignerId = ngoc["id"]!.GetValue<long>() }))).ShouldBe(HttpStatusCode.OK);
        var disableDefault = await admin.PutAsync($"/api/signers/{haId}", JsonContent.Create(new { name = "Phạm Thu Hà", position = "Chủ tịch", form = "OnBehalf", disabled = true }));
        await disableDefault.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await disableDefault.Json())["code"]!.GetValue<string>(), Is.EqualTo("signerIsDefault"));
        await (await admin.PutAsync("/api/signers/99999", JsonContent.Create(new { name = "X", position = "Y", form = "Deputy", disabled = false }))).ShouldBe(HttpStatusCode.NotFound);
        await (await Client.Post("/api/signers", new { name = "X", position = "Y", form = "Deputy", disabled = false })).ShouldBe(HttpStatusCode.Forbidden);
        var blank = await admin.Post("/api/signers", new { name = "", position = "", form = "Deputy", disabled = false });
        await blank.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await blank.Json())["fieldCodes"]!.AsObject().Select(f => f.Key), Is.EquivalentTo(new[] { "name", "position" }));

        var (petitionId, caseId) = await Flow.InStatus("Resolved");
        var draft = await Client.Post("/api/replies", new { petitionId, caseIds = new[] { caseId } });
        var replyId = (await draft.Json())["id"]!.GetValue<long>();
        Assert.That((await Client.GetJson($"/api/replies/{replyId}"))["signer"]!.GetValue<string>(), Is.EqualTo("Phạm Thu Hà – Chủ tịch"));
        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/replies/{replyId}/document"));
        Assert.That(WordFile.Cells(word.Tables[1]).Single()[1].Split('\n').Where(l => l.Length > 0), Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thu Hà" }));
        var notASigner = await Client.PutAsync($"/api/replies/{replyId}", JsonContent.Create(new { subject = "Trả lời", body = "", signerId = ngoc["id"]!.GetValue<long>() }));
        await notASigner.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await notASigner.Json())["fieldCodes"]!["signerId"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("reply.signerId.unknown"));

        // Put back what the other tests expect: no default signer of replies.
        await (await admin.PutAsync("/api/signers/defaults", JsonContent.Create(new { replySignerId = (long?)null, reportSignerId = ngoc["id"]!.GetValue<long>() }))).ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Registering_a_report_gives_it_the_next_number_of_the_ward_and_year_and_the_chosen_signer()
    {
        using var admin = App.As("admin");
        using var office = App.As("partyoffice");
        var deputy = (await (await admin.Post("/api/signers", new { name = "Đỗ Văn Nam", position = "Phó Bí thư", form = "PartyOnBehalf", disabled = false })).Json())["signers"]!
            .AsArray().Last()!["id"]!.GetValue<long>();
        async Task<long> NewSession() => (await (await admin.Post("/api/sessions", new { code = $"R-{Guid.NewGuid():N}"[..10], title = "Giao ban", heldOn = "2026-04-01", replyDeadline = "2026-04-10" })).Json())["id"]!.GetValue<long>();
        var first = await NewSession();
        var second = await NewSession();
        using (var before = new WordFile(await office.GetByteArrayAsync($"/api/sessions/{first}/report?format=docx")))
        {
            Assert.That(WordFile.Cells(before.Tables[0]).Single()[0], Does.EndWith("\nSố …-BC/ĐU"), "no number before it is registered");
        }

        var unknown = await office.Post($"/api/sessions/{first}/reported?signerId=99999");
        await unknown.ShouldBe(HttpStatusCode.BadRequest);
        App.Clock.SetToday(new DateOnly(2026, 4, 21));
        await (await office.Post($"/api/sessions/{first}/reported")).ShouldBe(HttpStatusCode.OK);
        await (await office.Post($"/api/sessions/{second}/reported?signerId={deputy}")).ShouldBe(HttpStatusCode.OK);

        var one = await office.GetJson($"/api/sessions/{first}/report");
        var two = await office.GetJson($"/api/sessions/{second}/report");
        Assert.That(two["reportNumber"]!.GetValue<int>(), Is.EqualTo(one["reportNumber"]!.GetValue<int>() + 1));
        Assert.That(one["reportedOn"]!.GetValue<string>(), Is.EqualTo("2026-04-21"));
        using var word = new WordFile(await office.GetByteArrayAsync($"/api/sessions/{second}/report?format=docx"));
        var header = WordFile.Cells(word.Tables[0]).Single();
        Assert.That(header[0], Is.EqualTo($"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY PHƯỜNG YÊN HÒA\n*\nSố {two["reportNumber"]!.GetValue<int>():00}-BC/ĐU"));
        Assert.That(header[1].Split('\n')[^1], Is.EqualTo("Yên Hòa, ngày 21 tháng 4 năm 2026"), "dated the day it was registered");
        Assert.That(WordFile.Cells(word.Tables[2]).Single()[1].Split('\n').Where(l => l.Length > 0), Is.EqualTo(new[] { "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Văn Nam" }));
        var html = WebUtility.HtmlDecode(await office.GetStringAsync($"/api/sessions/{second}/report?format=html"));
        Assert.That(html, Does.Contain($"Số {two["reportNumber"]!.GetValue<int>():00}-BC/ĐU").And.Contain("Đỗ Văn Nam"));
    }
}
