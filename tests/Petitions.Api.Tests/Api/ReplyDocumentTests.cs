using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class ReplyDocumentTests(string engine) : ApiTests(engine)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Ktht = "Phòng Kinh tế, Hạ tầng và Đô thị";

    private static readonly string[] Results =
    [
        "Ngày 15/4/2026 đã thay nắp cống trước số nhà 12 ngõ 20 Yên Hòa.",
        "Ngày 16/4/2026 đã cắt tỉa 6 cây xanh, thu dọn cành khô.",
    ];

    [Test]
    public async Task An_issued_reply_is_an_A4_letter_of_Nghi_dinh_30_with_every_covered_case()
    {
        var (petitionId, caseIds, texts) = await Resolved("Đề nghị thay nắp cống vỡ trước số nhà 12 ngõ 20 Yên Hòa", "Đề nghị cắt tỉa cây xanh sát đường dây điện");
        App.Clock.SetToday(new DateOnly(2026, 4, 16));
        var issued = await Flow.Reply(petitionId, caseIds);
        var number = issued["number"]!.GetValue<int>();

        var response = await Client.GetAsync($"/api/replies/{issued["id"]}/document");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(DocxType));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, Is.EqualTo($"tra-loi-so-{number:00}-2026.docx"));
        using var word = new WordFile(await response.Content.ReadAsByteArrayAsync());
        Assert.That(word.SchemaErrors(), Is.Empty, "valid Open XML");
        AssertA4Portrait(word);
        AssertTimesNewRoman(word);

        var header = WordFile.Cells(word.Tables[0]);
        Assert.That(header[0][0], Is.EqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG YÊN HÒA"));
        Assert.That(word.RunsOf("ỦY BAN NHÂN DÂN").Single().RunProperties!.Bold, Is.Not.Null, "the issuer's first line is bold too");
        Assert.That(header[0][1], Is.EqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"));
        Assert.That(header[1][0], Is.EqualTo($"Số: {number:00}/UBND-VP\nV/v Trả lời kiến nghị của TDP số 19"));
        Assert.That(header[1][1], Is.EqualTo("Yên Hòa, ngày 16 tháng 4 năm 2026"));
        var rules = word.Tables[0].Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null)
            .ToList();
        Assert.That(rules, Has.Count.EqualTo(2), "a short line under the issuer and under the motto");
        Assert.That(WordFile.TextOf(rules[1].PreviousSibling<Paragraph>()!), Is.EqualTo("Độc lập - Tự do - Hạnh phúc"));
        Assert.That(word.RunsOf("Độc lập - Tự do - Hạnh phúc").Single().RunProperties!.Bold, Is.Not.Null);

        Assert.That(word.Paragraphs, Does.Contain("Kính gửi: Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19"), "the person and the organisation in full");
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.That(word.Paragraphs, Does.Contain($"{i + 1}. Nội dung kiến nghị: “{texts[i]}”"), "what was asked, verbatim");
            Assert.That(word.Paragraphs, Does.Contain($"Kết quả giải quyết: {Results[i]}"), "what was done");
        }

        Assert.That(word.Paragraphs.Count(p => p == $"Đơn vị thực hiện: {Ktht}"), Is.EqualTo(2), "and by whom");
        var closing = WordFile.Cells(word.Tables[1]).Single();
        Assert.That(closing[0].Split('\n'), Is.EqualTo(new[] { "Nơi nhận:", "- TDP số 19;", "- Văn phòng Đảng ủy (để b/c);", $"- {Ktht};", "- Lưu: VT." }));
        Assert.That(closing[1].Split('\n').Where(l => l.Length > 0), Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", Workflow.SignerName }));
        Assert.That(closing[1].Split('\n').SkipWhile(l => l != "PHÓ CHỦ TỊCH").Skip(1).TakeWhile(l => l.Length == 0).Count(), Is.EqualTo(4), "room for the signature and the seal");
        Assert.That(word.RunsOf(Workflow.SignerName).Single().RunProperties!.Bold, Is.Not.Null, "the signer's name in bold");
        Assert.That(word.RunsOf("Nơi nhận:").Single().RunProperties!.FontSize!.Val!.Value, Is.EqualTo("24"), "Nơi nhận: 12 pt");
        Assert.That(word.RunsOf("- Lưu: VT.").Single().RunProperties!.FontSize!.Val!.Value, Is.EqualTo("22"), "its lines 11 pt");
        var closingWords = word.Body.Elements<Paragraph>().Last(p => WordFile.TextOf(p).Length > 0);
        Assert.That(closingWords.ParagraphProperties!.KeepNext, Is.Not.Null, "the closing keeps with the signature: never a signature alone on the last page");
        Assert.That(word.Text, Does.Not.Contain("DỰ THẢO"));
    }

    [Test]
    public async Task The_letter_gives_each_assigned_case_its_six_clears_in_the_one_wording_in_Word_and_HTML()
    {
        var (petitionId, caseIds, _) = await Resolved("Đề nghị nạo vét rãnh thoát nước ngõ 20");
        var referred = (await Flow.Submit("Đề nghị cải tạo tuyến cống chung của thành phố")).CaseIds[0];
        await (await Flow.Refer(referred)).ShouldBe(HttpStatusCode.OK);
        var issued = await Flow.Reply(petitionId, caseIds);
        var dueDate = SessionReportTests.Vietnamese((await Client.GetJson($"/api/cases/{caseIds[0]}"))["dueDate"]!);
        var six = "Sáu rõ: rõ người: Phạm Đức Anh; rõ việc: Kiểm tra hiện trường, xử lý dứt điểm; " +
                  $"rõ thời gian: {dueDate}; rõ trách nhiệm: Trưởng phòng KT-HT-ĐT; " +
                  "rõ sản phẩm (kết quả): Hết tồn đọng, báo cáo bằng văn bản; rõ thẩm quyền: Chủ tịch UBND phường";

        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/replies/{issued["id"]}/document"));
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/api/replies/{issued["id"]}/document?format=html"));

        Assert.That(word.SchemaErrors(), Is.Empty);
        var at = word.Paragraphs.ToList().IndexOf($"Đơn vị thực hiện: {Ktht}");
        Assert.That(word.Paragraphs[at + 1], Is.EqualTo(six), "after by whom: the six, each with what the dispatcher assigned");
        Assert.That(word.RunsOf(six)[0].RunProperties!.Bold, Is.Not.Null, "its label bold, as the others");
        Assert.That(WordFile.TextOf(word.RunsOf(six)[0]), Is.EqualTo("Sáu rõ: "));
        Assert.That(html, Does.Contain($"<p class=\"justify\"><b>Sáu rõ: </b>{six[8..]}</p>"), "the printable page says the same");
        foreach (var clear in SessionReportTests.SixClears)
        {
            Assert.That(word.Text, Does.Contain($"; {clear}: ").Or.Contain($" {clear}: "), clear);
        }

        var referredPetition = (await Client.GetJson($"/api/cases/{referred}"))["petitionId"]!.GetValue<long>();
        var draft = await (await Client.Post("/api/replies", new { petitionId = referredPetition, caseIds = new[] { referred } })).Json();
        using var referredLetter = new WordFile(await Client.GetByteArrayAsync($"/api/replies/{draft["id"]}/document"));
        Assert.That(referredLetter.Text, Does.Not.Contain("Sáu rõ"), "a case referred away has no assignment left to describe");
    }

    [Test]
    public async Task A_draft_prints_as_DU_THAO_without_a_number_and_a_referred_case_names_the_agency_and_letter()
    {
        var (petitionId, caseIds, texts) = await Resolved("Đề nghị sửa chữa mặt đường ngõ 20 bị lún");
        var referred = (await Flow.Submit("Đề nghị cải tạo tuyến cống chung của thành phố")).CaseIds[0];
        await (await Flow.Refer(referred)).ShouldBe(HttpStatusCode.OK);
        var referredPetition = (await Client.GetJson($"/api/cases/{referred}"))["petitionId"]!.GetValue<long>();
        var draft = await Client.Post("/api/replies", new { petitionId = referredPetition, caseIds = new[] { referred } });
        var draftId = (await draft.Json())["id"]!.GetValue<long>();

        var bytes = await Client.GetByteArrayAsync($"/api/replies/{draftId}/document");

        using var word = new WordFile(bytes);
        Assert.That(word.SchemaErrors(), Is.Empty);
        AssertA4Portrait(word);
        AssertTimesNewRoman(word);
        Assert.That(word.Paragraphs[0], Is.EqualTo("DỰ THẢO"));
        var header = WordFile.Cells(word.Tables[0]);
        Assert.That(header[1][0], Does.StartWith("Số: …/UBND-VP\n"));
        Assert.That(header[1][1], Is.EqualTo("Yên Hòa, ngày … tháng … năm 2026"));
        Assert.That(word.Paragraphs, Does.Contain(
            "Kết quả giải quyết: Nội dung kiến nghị vượt thẩm quyền giải quyết của Ủy ban nhân dân phường; Ủy ban nhân dân phường " +
            "đã chuyển Sở Xây dựng Hà Nội xem xét, giải quyết theo Công văn số 215/UBND-KTHTĐT ngày 14/4/2026."));
        Assert.That(word.Paragraphs, Does.Contain("Đơn vị thực hiện: Ủy ban nhân dân phường Yên Hòa"), "no department: the committee itself");
        Assert.That(WordFile.Cells(word.Tables[1]).Single()[0].Split('\n'), Does.Contain("- Sở Xây dựng Hà Nội;"), "the agency it was referred to receives a copy");
        Assert.That(WordFile.Cells(word.Tables[1]).Single()[1].Split('\n').Where(l => l.Length > 0), Is.EqualTo(new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" }), "no signer chosen: no name");
        Assert.That(petitionId, Is.Not.EqualTo(referredPetition));
        Assert.That(texts, Is.Not.Empty);
    }

    [Test]
    public async Task The_printable_page_has_the_same_words_an_A4_print_stylesheet_and_encodes_what_people_typed()
    {
        var submitted = await Client.Post("/api/petitions", new
        {
            sessionId = Workflow.Session,
            submitter = new { name = "Trần Thị Lan", title = "Tổ trưởng TDP số 7", organisation = "TDP <b>số 7</b>", area = "Yên Hòa" },
            items = new[] { new { text = "Đề nghị xử lý <script>alert('x')</script> & \"rác\" ở ngõ 20", category = "Environment" } },
        });
        var json = await submitted.Json();
        var petitionId = json["id"]!.GetValue<long>();
        var caseId = json["caseIds"]![0]!.GetValue<long>();
        await (await Flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Start(caseId)).ShouldBe(HttpStatusCode.OK);
        await (await Flow.Officer.Post($"/api/cases/{caseId}/resolve", new { result = "Đã thu gom <img src=x onerror=alert(1)>" })).ShouldBe(HttpStatusCode.OK);
        var issued = await Flow.Reply(petitionId, caseId);

        var response = await Client.GetAsync($"/api/replies/{issued["id"]}/document?format=html");

        await response.ShouldBe(HttpStatusCode.OK);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("@page { size: A4; margin: 20mm 15mm 20mm 30mm;"));
        Assert.That(html, Does.Contain("@top-center { content: counter(page);").And.Contain("@page :first { @top-center { content: none; } }"), "page numbers from page 2");
        Assert.That(html, Does.Contain("Times New Roman"));
        Assert.That(html, Does.Not.Contain("<script>").And.Not.Contain("<img").And.Not.Contain("<b>số 7"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;rác&quot;"));
        var text = WebUtility.HtmlDecode(html);
        foreach (var expected in new[]
                 {
                     "ỦY BAN NHÂN DÂN", "PHƯỜNG YÊN HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     $"Số: {issued["number"]!.GetValue<int>():00}/UBND-VP", "V/v Trả lời kiến nghị của TDP <b>số 7</b>",
                     "Yên Hòa, ngày 13 tháng 4 năm 2026", "Kính gửi: Đồng chí Trần Thị Lan, Tổ trưởng Tổ dân phố số 7", "Đề nghị xử lý <script>alert('x')</script> & \"rác\" ở ngõ 20",
                     "Đã thu gom <img src=x onerror=alert(1)>", "Nơi nhận:", "Văn phòng Đảng ủy (để b/c);", "Lưu: VT.",
                     "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", Workflow.SignerName, "- TDP <b>số 7</b>;",
                 })
        {
            Assert.That(text, Does.Contain(expected));
        }

        // The Word file carries the same text as typed: Open XML escapes it, nothing is lost.
        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/replies/{issued["id"]}/document"));
        Assert.That(word.Paragraphs, Does.Contain("1. Nội dung kiến nghị: “Đề nghị xử lý <script>alert('x')</script> & \"rác\" ở ngõ 20”"));
    }

    [Test]
    public async Task A_draft_words_the_letter_its_own_way_and_leaves_the_cases_as_they_are()
    {
        var (petitionId, caseIds, _) = await Resolved("Đề nghị thay nắp cống vỡ", "Đề nghị cắt tỉa cây xanh");
        var replyId = await Flow.Draft(petitionId, caseIds);
        const string recipient = "Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19, phường Yên Hòa";
        const string wording = "Phòng Kinh tế, Hạ tầng và Đô thị đã thay nắp cống ngày 15/4/2026.";
        const string closing = "Ủy ban nhân dân phường trân trọng cảm ơn đồng chí./.";

        var edited = await Client.PutAsync($"/api/replies/{replyId}", System.Net.Http.Json.JsonContent.Create(new
        {
            subject = "V/v trả lời kiến nghị về nắp cống và cây xanh",
            body = "",
            recipient,
            results = new[] { new { caseId = caseIds[0], text = wording } },
            closing,
            copiesTo = new[] { "Như trên;", "Lưu: VT, KT-HT-ĐT." },
            signerId = await Flow.ReplySigner(),
        }));
        var stray = await Client.PutAsync($"/api/replies/{replyId}", System.Net.Http.Json.JsonContent.Create(new
        {
            subject = "Trả lời",
            body = "",
            results = new[] { new { caseId = 99999L, text = "x" } },
        }));

        await edited.ShouldBe(HttpStatusCode.OK);
        await stray.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await stray.Json())["fieldCodes"]!["results[0].caseId"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("reply.results.caseNotCovered"));
        await Flow.Register(replyId);
        using var word = new WordFile(await Client.GetByteArrayAsync($"/api/replies/{replyId}/document"));
        Assert.That(WordFile.Cells(word.Tables[0])[1][0], Does.EndWith("\nV/v trả lời kiến nghị về nắp cống và cây xanh"));
        Assert.That(word.Paragraphs, Does.Contain($"Kính gửi: {recipient}"));
        Assert.That(word.Paragraphs, Does.Contain($"Kết quả giải quyết: {wording}"));
        Assert.That(word.Paragraphs, Does.Contain($"Kết quả giải quyết: {Results[1]}"), "a case not reworded prints its result");
        Assert.That(word.Paragraphs, Does.Contain(closing));
        Assert.That(WordFile.Cells(word.Tables[1]).Single()[0].Split('\n'), Is.EqualTo(new[] { "Nơi nhận:", "- Như trên;", "- Lưu: VT, KT-HT-ĐT." }));
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[0]}"))["result"]!.GetValue<string>(), Is.EqualTo(Results[0]), "the case record is unchanged");
    }

    [Test]
    public async Task An_unknown_format_names_format_and_an_unknown_reply_is_a_404()
    {
        var (petitionId, caseIds, _) = await Resolved("Đề nghị sơn lại vạch kẻ đường");
        var issued = await Flow.Reply(petitionId, caseIds);

        var pdf = await Client.GetAsync($"/api/replies/{issued["id"]}/document?format=pdf");
        var csv = await Client.GetAsync($"/api/replies/{issued["id"]}/document?format=csv");
        var missing = await Client.GetAsync("/api/replies/99999/document");

        await pdf.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await pdf.Json())["errors"]!["format"]![0]!.GetValue<string>(), Is.EqualTo("'pdf' is not a format of this document; use one of: docx, html."));
        await csv.ShouldBe(HttpStatusCode.BadRequest);
        await missing.ShouldBe(HttpStatusCode.NotFound);
        Assert.That(missing.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Replies_issued_at_the_same_moment_never_share_a_number()
    {
        const int replies = 6;
        var drafts = new List<long>();
        for (var i = 0; i < replies; i++)
        {
            var (petitionId, caseId) = await Flow.InStatus("Resolved");
            var replyId = await Flow.Draft(petitionId, caseId);
            await (await Client.Post($"/api/replies/{replyId}/submit")).ShouldBe(HttpStatusCode.OK);
            await (await Client.Post($"/api/replies/{replyId}/sign")).ShouldBe(HttpStatusCode.OK);
            drafts.Add(replyId);
        }

        var responses = await Task.WhenAll(drafts.Select(id => Client.Post($"/api/replies/{id}/register")));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var numbers = (await Task.WhenAll(responses.Select(async r => (await r.Json())["number"]!.GetValue<int>()))).Order().ToList();
        Assert.That(numbers, Is.Unique);
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(numbers[0], replies)), "one after the other, no gap");
        var stored = await App.WithDb(db => db.Query<int>(
            "SELECT number FROM replies WHERE id IN @Ids", new { Ids = drafts }, CancellationToken.None));
        Assert.That(stored.Order(), Is.EqualTo(numbers));
    }

    private async Task<(long PetitionId, long[] CaseIds, string[] Texts)> Resolved(params string[] texts)
    {
        var (petitionId, caseIds) = await Flow.Submit(texts);
        for (var i = 0; i < caseIds.Length; i++)
        {
            await (await Flow.Assign(caseIds[i])).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Start(caseIds[i])).ShouldBe(HttpStatusCode.OK);
            await (await Flow.Officer.Post($"/api/cases/{caseIds[i]}/resolve", new { result = Results[i % Results.Length] })).ShouldBe(HttpStatusCode.OK);
        }

        return (petitionId, caseIds, texts);
    }

    public static void AssertA4Portrait(WordFile word)
    {
        Assert.That(word.PageSize.Width!.Value, Is.EqualTo(11906u), "A4 width");
        Assert.That(word.PageSize.Height!.Value, Is.EqualTo(16838u), "A4 height");
        Assert.That(word.PageSize.Orient?.Value ?? PageOrientationValues.Portrait, Is.EqualTo(PageOrientationValues.Portrait));
        AssertMargins(word);
        AssertPageNumbers(word);
    }

    /// <summary>Nghị định 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm ≈ 56.7 twips).</summary>
    /// <summary>Page numbers as Nghị định 30 places them: centred at the top, Times New Roman 13–14 pt, none on page 1.</summary>
    public static void AssertPageNumbers(WordFile word)
    {
        var section = word.Body.Elements<SectionProperties>().Single();
        Assert.That(section.GetFirstChild<TitlePage>(), Is.Not.Null, "the first page has its own header");
        Header HeaderOf(HeaderFooterValues type)
        {
            var id = section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!.Value!;
            return ((HeaderPart)word.Document.MainDocumentPart!.GetPartById(id)).Header!;
        }

        Assert.That(WordFile.TextOf(HeaderOf(HeaderFooterValues.First)), Is.Empty, "no number on page 1");
        var numbers = HeaderOf(HeaderFooterValues.Default).Elements<Paragraph>().Single();
        Assert.That(numbers.ParagraphProperties!.Justification!.Val!.Value, Is.EqualTo(JustificationValues.Center));
        var field = numbers.Elements<SimpleField>().Single();
        Assert.That(field.Instruction!.Value!.Trim(), Is.EqualTo("PAGE"));
        var look = field.Descendants<RunProperties>().Single();
        Assert.That(look.RunFonts!.Ascii!.Value, Is.EqualTo("Times New Roman"));
        Assert.That(int.Parse(look.FontSize!.Val!.Value!), Is.InRange(26, 28));
        Assert.That(look.Bold, Is.Null, "upright, not bold");
        Assert.That(look.Italic, Is.Null);
    }

    public static void AssertMargins(WordFile word)
    {
        Assert.That(word.Margins.Top!.Value, Is.InRange(1134, 1417), "top 20–25 mm");
        Assert.That(word.Margins.Bottom!.Value, Is.InRange(1134, 1417), "bottom 20–25 mm");
        Assert.That(word.Margins.Left!.Value, Is.InRange(1701u, 1984u), "left 30–35 mm");
        Assert.That(word.Margins.Right!.Value, Is.InRange(850u, 1134u), "right 15–20 mm");
        Assert.That((word.Margins.Top.Value, word.Margins.Bottom.Value, word.Margins.Left.Value, word.Margins.Right.Value), Is.EqualTo((1134, 1134, 1701u, 850u)));
    }

    /// <summary>Every run with text in Times New Roman at 13–14 pt, and the document defaults saying the same.</summary>
    public static void AssertTimesNewRoman(WordFile word)
    {
        var defaults = word.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.That(defaults.RunFonts!.Ascii!.Value, Is.EqualTo("Times New Roman"));
        Assert.That(defaults.FontSize!.Val!.Value, Is.EqualTo("28"));
        Assert.That(word.TextRuns, Is.Not.Empty);
        foreach (var run in word.TextRuns)
        {
            var properties = run.RunProperties;
            var text = WordFile.TextOf(run);
            Assert.That(properties?.RunFonts?.Ascii?.Value, Is.EqualTo("Times New Roman"), text);
            Assert.That(properties!.RunFonts!.HighAnsi?.Value, Is.EqualTo("Times New Roman"), text);
            // 13–14 pt; "Nơi nhận:" 12 pt and its lines 11 pt.
            Assert.That(int.Parse(properties.FontSize!.Val!.Value!), Is.InRange(22, 28), text);
        }
    }
}
