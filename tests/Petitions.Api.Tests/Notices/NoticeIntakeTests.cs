using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Api;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Notices;

/// <summary>The notice through the real pipeline: preview, correct, confirm once; what is refused and why.</summary>
public sealed class NoticeIntakeTests(string engine) : ApiTests(engine)
{
    private static MultipartFormDataContent Upload(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>The preview as the dispatcher confirms it unchanged, into a new session of its own code.</summary>
    private static object Confirmation(JsonNode preview, string code) => new
    {
        documentId = preview["document"]!["id"]!.GetValue<long>(),
        session = new
        {
            code,
            title = preview["session"]!["title"]?.GetValue<string>() ?? "Hội nghị thử",
            heldOn = preview["session"]!["heldOn"]?.GetValue<string>() ?? "2026-07-10",
            replyDeadline = preview["session"]!["replyDeadline"]?.GetValue<string>() ?? "2026-07-24",
        },
        petitions = preview["petitions"]!.AsArray().Select(p => new
        {
            submitter = p!["submitter"]!.DeepClone(),
            leadAgency = p["leadAgency"]!.GetValue<string>(),
            note = p["note"]?.GetValue<string>(),
            items = p["items"]!.AsArray().Select(i => new
            {
                text = i!["text"]!.GetValue<string>(),
                category = i["category"]!.GetValue<string>(),
                departmentId = i["departmentId"]?.GetValue<long>(),
            }),
        }),
    };

    private static string NewCode() => $"TB-{Guid.NewGuid():N}"[..12];

    [Test]
    public async Task The_source_notice_pasted_is_previewed_with_suggestions_and_accounts_then_confirmed_once()
    {
        var response = await Client.Post("/api/notices/preview", new { text = NoticeFiles.Source });
        await response.ShouldBe(HttpStatusCode.OK);
        var preview = await response.Json();

        var petitions = preview["petitions"]!.AsArray();
        Assert.That(petitions, Has.Count.EqualTo(7));
        Assert.That(petitions.Sum(p => p!["items"]!.AsArray().Count), Is.EqualTo(12));
        Assert.That(preview["unparsed"]!.AsArray(), Is.Empty);
        Assert.That(preview["session"]!["heldOn"]!.GetValue<string>(), Is.EqualTo("2026-04-10"));
        Assert.That(preview["session"]!["replyDeadline"]!.GetValue<string>(), Is.EqualTo("2026-04-20"));
        Assert.That(preview["session"]!["code"]!.GetValue<string>(), Is.EqualTo("2026-Q1"));
        Assert.That(preview["session"]!["existingSessionId"]!.GetValue<long>(), Is.GreaterThan(0), "the seeded 2026-Q1 is suggested");

        var departments = (await Client.GetJson("/api/departments")).AsArray().ToDictionary(d => d!["code"]!.GetValue<string>(), d => d!["id"]!.GetValue<long>());
        var seeded = NoticeFiles.SeededPetitions();
        for (var p = 0; p < seeded.Count; p++)
        {
            var items = seeded[p].GetProperty("items").EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var item = petitions[p]!["items"]![i]!;
                Assert.That(item["text"]!.GetValue<string>(), Is.EqualTo(items[i].GetProperty("text").GetString()));
                Assert.That(item["category"]!.GetValue<string>(), Is.EqualTo(items[i].GetProperty("category").GetString()), item["text"]!.GetValue<string>());
                Assert.That(item["departmentId"]!.GetValue<long>(), Is.EqualTo(departments[items[i].GetProperty("department").GetString()!]));
            }
        }

        Assert.That(petitions[0]!["account"]!["username"]!.GetValue<string>(), Is.EqualTo("leader19"));
        Assert.That(petitions[3]!["account"]!["username"]!.GetValue<string>(), Is.EqualTo("leader25"));
        Assert.That(petitions[1]!["account"], Is.Null);
        Assert.That(preview["unmatchedOrganisations"]!.AsArray().Select(o => o!.GetValue<string>()),
            Is.EqualTo(new[] { "Chi bộ 13", "Chi bộ 18", "TDP số 23", "Chi bộ số 27", "Chi bộ số 35" }));

        var before = (await Count("petitions"), await Count("cases"), await Count("sessions"));
        var code = NewCode();
        var confirmed = await Client.Post("/api/notices/confirm", Confirmation(preview, code));
        await confirmed.ShouldBe(HttpStatusCode.Created);
        var result = await confirmed.Json();
        Assert.That(result["created"]!.GetValue<bool>(), Is.True);
        Assert.That(result["petitionIds"]!.AsArray(), Has.Count.EqualTo(7));
        Assert.That(result["caseIds"]!.AsArray(), Has.Count.EqualTo(12));
        var sessionId = result["sessionId"]!.GetValue<long>();
        Assert.That((await Count("petitions"), await Count("cases"), await Count("sessions")), Is.EqualTo((before.Item1 + 7, before.Item2 + 12, before.Item3 + 1)));

        var again = await Client.Post("/api/notices/confirm", Confirmation(preview, NewCode()));
        await again.ShouldBe(HttpStatusCode.OK);
        var second = await again.Json();
        Assert.That(second["created"]!.GetValue<bool>(), Is.False);
        Assert.That(second["sessionId"]!.GetValue<long>(), Is.EqualTo(sessionId));
        Assert.That(second["caseIds"]!.ToJsonString(), Is.EqualTo(result["caseIds"]!.ToJsonString()));
        Assert.That((await Count("petitions"), await Count("cases"), await Count("sessions")), Is.EqualTo((before.Item1 + 7, before.Item2 + 12, before.Item3 + 1)));
        var previewedAgain = await (await Client.Post("/api/notices/preview", new { text = NoticeFiles.Source })).Json();
        Assert.That(previewedAgain["document"]!["importedSessionId"]!.GetValue<long>(), Is.EqualTo(sessionId));

        var received = await Client.GetJson($"/api/cases?sessionId={sessionId}&status=Received&limit=200");
        Assert.That(received["items"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()),
            Is.EquivalentTo(seeded.SelectMany(p => p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()))));
        var leaders = await Flow.Leader.GetJson($"/api/cases?sessionId={sessionId}");
        Assert.That(leaders["items"]!.AsArray(), Has.Count.EqualTo(2), "TDP số 19's two items reach leader19");

        var notice = await Client.GetAsync($"/api/sessions/{sessionId}/notice");
        await notice.ShouldBe(HttpStatusCode.OK);
        Assert.That(notice.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await notice.Content.ReadAsStringAsync(), Is.EqualTo(NoticeFiles.Source));
        var asLeader = await Flow.Leader.GetAsync($"/api/sessions/{sessionId}/notice");
        await asLeader.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_source_notice_uploaded_as_a_Word_file_is_previewed_and_kept_as_uploaded()
    {
        var docx = NoticeFiles.Docx(NoticeFiles.Source, mergeLeadAgency: true);
        using var partyOffice = App.As("partyoffice");

        var response = await partyOffice.Post("/api/notices/preview", Upload(docx, "thong-bao-giao-ban.docx"));

        await response.ShouldBe(HttpStatusCode.OK);
        var preview = await response.Json();
        Assert.That(preview["petitions"]!.AsArray(), Has.Count.EqualTo(7));
        Assert.That(preview["petitions"]!.AsArray().Sum(p => p!["items"]!.AsArray().Count), Is.EqualTo(12));
        Assert.That(preview["document"]!["name"]!.GetValue<string>(), Is.EqualTo("thong-bao-giao-ban.docx"));

        var confirmed = await partyOffice.Post("/api/notices/confirm", Confirmation(preview, NewCode()));
        await confirmed.ShouldBe(HttpStatusCode.Created);
        var sessionId = (await confirmed.Json())["sessionId"]!.GetValue<long>();
        var notice = await Client.GetAsync($"/api/sessions/{sessionId}/notice");
        await notice.ShouldBe(HttpStatusCode.OK);
        Assert.That(await notice.Content.ReadAsByteArrayAsync(), Is.EqualTo(docx));
        Assert.That(notice.Content.Headers.ContentDisposition?.FileNameStar ?? notice.Content.Headers.ContentDisposition?.FileName, Does.Contain("thong-bao-giao-ban.docx"));
    }

    [Test]
    public async Task A_picture_named_docx_is_415_an_upload_over_the_cap_413_and_a_document_without_the_appendix_400()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var picture = await Client.Post("/api/notices/preview", Upload(png, "thong-bao.docx"));
        await picture.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        Assert.That((await picture.Json())["code"]!.GetValue<string>(), Is.EqualTo("unsupportedMediaType"));

        var huge = await Client.Post("/api/notices/preview", Upload(new byte[(5 * 1024 * 1024) + 1], "thong-bao.docx"));
        await huge.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var tooLarge = await huge.Json();
        Assert.That(tooLarge["code"]!.GetValue<string>(), Is.EqualTo("payloadTooLarge"));
        Assert.That(tooLarge["args"]!["limitKiB"]!.GetValue<long>(), Is.EqualTo(5120));

        var bigJson = await Client.Post("/api/notices/preview", Http.RawJson($"{{\"text\":\"{new string('a', (1024 * 1024) + 1)}\"}}"));
        await bigJson.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Assert.That((await bigJson.Json())["args"]!["limitKiB"]!.GetValue<long>(), Is.EqualTo(1024), "JSON keeps its 1 MiB cap");

        var letter = await Client.Post("/api/notices/preview", Upload(NoticeFiles.Docx("Kính gửi UBND phường\nĐề nghị sửa đường"), "thu.docx"));
        await letter.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await letter.Json())["fieldCodes"]!["file"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("notice.appendix.notFound"));

        var pasted = await Client.Post("/api/notices/preview", new { text = "Biên bản họp\nkhông có phụ lục" });
        await pasted.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await pasted.Json())["fieldCodes"]!["text"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("notice.appendix.notFound"));

        var empty = await Client.Post("/api/notices/preview", new { text = "" });
        await empty.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await empty.Json())["fieldCodes"]!["text"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("notice.text.required"));

        var other = await Client.Post("/api/notices/preview", new StringContent(NoticeFiles.Appendix, Encoding.UTF8, "text/plain"));
        await other.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Only_the_dispatcher_and_the_Party_Office_import_a_notice()
    {
        var body = new { text = NoticeFiles.Appendix };
        var leader = await Flow.Leader.Post("/api/notices/preview", body);
        using var overseer = App.As("overseer");
        var reader = await overseer.Post("/api/notices/preview", body);

        await leader.ShouldBe(HttpStatusCode.Forbidden);
        await reader.ShouldBe(HttpStatusCode.Forbidden);
        var confirm = await Flow.Leader.Post("/api/notices/confirm", new { documentId = 1, sessionId = 1, petitions = Array.Empty<object>() });
        await confirm.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_corrected_preview_with_a_missing_name_is_refused_whole_and_a_closed_session_takes_none()
    {
        const string Notice = "PHỤ LỤC\nSTT\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Đỗ Văn Tâm - Tổ trưởng TDP số 40\t- Đề nghị sửa cống ngõ 3\tUBND phường\t\n";
        var preview = await (await Client.Post("/api/notices/preview", new { text = Notice + "\t" + NewCode() })).Json();
        var before = (await Count("petitions"), await Count("sessions"));
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Confirmation(preview, NewCode())))!;
        body["petitions"]![0]!["submitter"]!["name"] = "";

        var invalid = await Client.Post("/api/notices/confirm", body);

        await invalid.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await invalid.Json())["fieldCodes"]!["petitions[0].submitter.name"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("petition.submitter.name.required"));
        Assert.That((await Count("petitions"), await Count("sessions")), Is.EqualTo(before));

        using var admin = App.As("admin");
        var created = await (await admin.Post("/api/sessions", new { code = NewCode(), title = "Đợt đóng", heldOn = "2026-07-10", replyDeadline = "2026-07-24" })).Json();
        var closedId = created["id"]!.GetValue<long>();
        await (await admin.Post($"/api/sessions/{closedId}/close")).ShouldBe(HttpStatusCode.OK);
        body["petitions"]![0]!["submitter"]!["name"] = "Đỗ Văn Tâm";
        body.AsObject().Remove("session");
        body["sessionId"] = closedId;

        var closed = await Client.Post("/api/notices/confirm", body);

        await closed.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await closed.Json())["code"]!.GetValue<string>(), Is.EqualTo("sessionClosed"));
        Assert.That((await Count("petitions"), await Count("sessions")), Is.EqualTo((before.Item1, before.Item2 + 1)));
    }

    [Test]
    public async Task The_administrator_edits_the_keyword_table_and_the_next_preview_follows_it()
    {
        using var admin = App.As("admin");
        var original = await admin.GetJson("/api/notices/keywords");
        Assert.That(original.AsArray().Select(k => k!["text"]!.GetValue<string>()), Does.Contain("ùn tắc"));
        try
        {
            var replaced = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notices/keywords")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { keywords = new[] { new { text = "Sửa Cống", category = "Flooding", departmentId = (long?)null } } }),
            });
            await replaced.ShouldBe(HttpStatusCode.OK);
            const string Notice = "PHỤ LỤC\nSTT\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Đỗ Văn Tâm - Tổ trưởng TDP số 40\t- Đề nghị sửa cống ngõ 3 - Đề nghị xử lý ùn tắc\tUBND phường\t\n";
            var preview = await (await Client.Post("/api/notices/preview", new { text = Notice })).Json();
            var items = preview["petitions"]![0]!["items"]!.AsArray();
            Assert.That(items[0]!["category"]!.GetValue<string>(), Is.EqualTo("Flooding"));
            Assert.That(items[0]!["keyword"]!.GetValue<string>(), Is.EqualTo("Sửa Cống"));
            Assert.That(items[1]!["category"]!.GetValue<string>(), Is.EqualTo("Other"), "ùn tắc is no longer in the table");

            var unknown = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notices/keywords")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { keywords = new[] { new { text = "rác", category = "Environment", departmentId = (long?)999999 } } }),
            });
            await unknown.ShouldBe(HttpStatusCode.BadRequest);
            Assert.That((await unknown.Json())["fieldCodes"]!["keywords[0].departmentId"], Is.Not.Null);
            var byDispatcher = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notices/keywords") { Content = System.Net.Http.Json.JsonContent.Create(new { keywords = Array.Empty<object>() }) });
            await byDispatcher.ShouldBe(HttpStatusCode.Forbidden);
        }
        finally
        {
            var restored = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/notices/keywords") { Content = System.Net.Http.Json.JsonContent.Create(new { keywords = original }) });
            await restored.ShouldBe(HttpStatusCode.OK);
        }
    }
}
