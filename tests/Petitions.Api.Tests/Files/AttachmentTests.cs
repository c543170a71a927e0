using System.Net;
using ImageMagick;
using Petitions.Api.Features.Attachments;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Files;

/// <summary>Photos and PDFs over HTTP: each rule of what is taken, what is stored, and who gets it back.</summary>
public sealed class AttachmentTests
{
    private PetitionsApp _app = null!;
    private Workflow _flow = null!;

    [SetUp]
    public void Start()
    {
        _app = new PetitionsApp();
        _flow = new Workflow(_app);
    }

    [TearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task A_photo_with_GPS_is_served_without_it_in_every_size()
    {
        var caseId = await _flow.NewCase();
        var sent = TestFiles.Jpeg(3200, 2400, withGps: true);
        using (var check = new MagickImage(sent))
        {
            Assert.That(check.GetExifProfile()?.GetValue(ExifTag.GPSLatitude), Is.Not.Null, "the test photo carries GPS");
        }

        var response = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(sent, "IMG_2041.jpg", "Intake"));
        await response.ShouldBe(HttpStatusCode.Created);
        var info = await response.Json();
        Assert.That(info["mediaType"]!.GetValue<string>(), Is.EqualTo("image/jpeg"));
        Assert.That(info["name"]!.GetValue<string>(), Is.EqualTo("IMG_2041.jpg"));
        Assert.That((info["width"]!.GetValue<int>(), info["height"]!.GetValue<int>()), Is.EqualTo((3200, 2400)));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/attachments/{info["id"]}"));

        foreach (var (variant, longest) in new[] { ("Original", 3200), ("Display", 1600), ("Thumbnail", 320) })
        {
            var served = await _flow.Dispatcher.GetAsync($"/api/attachments/{info["id"]}?variant={variant}");
            await served.ShouldBe(HttpStatusCode.OK);
            var bytes = await served.Content.ReadAsByteArrayAsync();
            using var image = new MagickImage(bytes);
            Assert.That(image.GetExifProfile(), Is.Null, variant);
            Assert.That(image.GetXmpProfile(), Is.Null, variant);
            Assert.That(bytes.AsSpan().IndexOf("Exif\0\0"u8), Is.EqualTo(-1), $"{variant}: no EXIF block at all");
            Assert.That(Math.Max(image.Width, image.Height), Is.EqualTo((uint)longest), variant);
            Assert.That(served.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/jpeg"));
            Assert.That(served.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("inline"));
            Assert.That(served.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(served.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'none'").And.Contain("sandbox"));
        }
    }

    [Test]
    public async Task A_PNG_named_pdf_is_a_PNG_and_a_PDF_named_jpg_is_a_PDF()
    {
        var caseId = await _flow.NewCase();

        var png = await (await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "bien-ban.pdf"))).Json();
        Assert.That(png["mediaType"]!.GetValue<string>(), Is.EqualTo("image/png"));
        Assert.That(png["name"]!.GetValue<string>(), Is.EqualTo("bien-ban.png"));
        Assert.That(png["isImage"]!.GetValue<bool>(), Is.True);
        var servedPng = await _flow.Leader.GetAsync($"/api/attachments/{png["id"]}");
        Assert.That(servedPng.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(servedPng.Content.Headers.ContentDisposition!.FileName, Does.Contain("bien-ban.png"));

        var pdf = await (await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Pdf(), "anh-hien-truong.jpg"))).Json();
        Assert.That(pdf["mediaType"]!.GetValue<string>(), Is.EqualTo("application/pdf"));
        Assert.That(pdf["name"]!.GetValue<string>(), Is.EqualTo("anh-hien-truong.pdf"));
        var servedPdf = await _flow.Leader.GetAsync($"/api/attachments/{pdf["id"]}");
        await servedPdf.ShouldBe(HttpStatusCode.OK);
        Assert.That(servedPdf.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(servedPdf.Content.Headers.ContentDisposition!.DispositionType, Is.EqualTo("attachment"), "a PDF is downloaded, never shown in the app's origin");
        Assert.That(await servedPdf.Content.ReadAsByteArrayAsync(), Is.EqualTo(TestFiles.Pdf()));
        Assert.That((await _flow.Leader.GetAsync($"/api/attachments/{pdf["id"]}?variant=Thumbnail")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a PDF has no thumbnail");
    }

    [Test]
    public async Task A_WebP_is_taken_and_anything_else_is_a_415()
    {
        var caseId = await _flow.NewCase();
        var webp = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.WebP(), "a.webp"));
        await webp.ShouldBe(HttpStatusCode.Created);
        Assert.That((await webp.Json())["mediaType"]!.GetValue<string>(), Is.EqualTo("image/jpeg"));

        var html = System.Text.Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        var refused = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(html, "photo.jpg"));
        await refused.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("attachment.type.unsupported"));
        Assert.That(problem["args"]!["allowed"]!.AsArray().Select(a => a!.GetValue<string>()), Does.Contain("JPEG").And.Contain("PDF"));

        var broken = TestFiles.Jpeg()[..200];
        var unreadable = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(broken, "cut.jpg"));
        await unreadable.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        Assert.That((await unreadable.Json())["code"]!.GetValue<string>(), Is.EqualTo("attachment.image.unreadable"));
    }

    [Test]
    public async Task A_30_MB_file_is_a_413_and_other_bodies_keep_their_1_MiB_cap()
    {
        var caseId = await _flow.NewCase();
        var big = new byte[30 * 1000 * 1000];
        TestFiles.Pdf().CopyTo(big, 0);

        var refused = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(big, "scan.pdf"));

        await refused.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("payloadTooLarge"));
        Assert.That(problem["args"]!["limitKiB"]!.GetValue<long>(), Is.EqualTo((Attachments.MaxUploadBytes) / 1024));

        var justOver = new byte[Attachments.MaxFileBytes + 1];
        TestFiles.Pdf().CopyTo(justOver, 0);
        var overFile = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(justOver, "scan.pdf"));
        await overFile.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Assert.That((await overFile.Json())["args"]!["limitKiB"]!.GetValue<long>(), Is.EqualTo(Attachments.MaxFileBytes / 1024));

        var json = await _flow.Leader.Post("/api/petitions", TestFiles.Form(new byte[2 * 1024 * 1024], "a.pdf"));
        await json.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Assert.That((await json.Json())["args"]!["limitKiB"]!.GetValue<long>(), Is.EqualTo(1024));
        Assert.That(await _app.WithDb(db => db.ExecuteScalar<long>("SELECT COUNT(*) FROM attachments", null, CancellationToken.None)), Is.Zero);
    }

    [Test]
    public async Task A_case_holds_at_most_ten_files()
    {
        var caseId = await _flow.NewCase();
        var png = TestFiles.Png(40, 30);
        for (var i = 0; i < Attachments.MaxFilesPerRecord; i++)
        {
            await (await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(png, $"{i}.png"))).ShouldBe(HttpStatusCode.Created);
        }

        var refused = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(png, "11.png"));

        await refused.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await refused.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("attachmentsRecordFull"));
        Assert.That(problem["args"]!["maxFiles"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That((await _flow.Leader.GetJson($"/api/cases/{caseId}/attachments")).AsArray(), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task Another_organisations_or_departments_file_is_a_404()
    {
        var caseId = await _flow.NewCase();
        var info = await (await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "ngo.png"))).Json();
        var url = $"/api/attachments/{info["id"]}";
        await (await _flow.Assign(caseId)).ShouldBe(HttpStatusCode.OK);

        using var leader25 = _app.As("leader25");
        using var congan = _app.As("congan");
        Assert.That((await leader25.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await leader25.GetAsync(url + "?variant=Thumbnail")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await leader25.GetAsync($"/api/cases/{caseId}/attachments")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await congan.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an officer sees only their department's cases");
        Assert.That((await leader25.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "x.png"))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _flow.Officer.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the case's department sees it");
        Assert.That((await _app.As("overseer").GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await _flow.Leader.GetAsync("/api/attachments/999999")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Intake_photos_come_while_the_case_is_received_and_result_photos_from_its_department()
    {
        var (_, caseId) = await _flow.InStatus("InProgress");

        var late = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "a.png", "Intake"));
        await late.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await late.Json())["code"]!.GetValue<string>(), Is.EqualTo("attachmentNotNow"));
        Assert.That((await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "a.png", "After"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var unknown = await _flow.Officer.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "a.png", "Later"));
        await unknown.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That((await unknown.Json())["fieldCodes"]!["kind"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("attachment.kind.unknown"));

        await (await _flow.Officer.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Jpeg(), "truoc.jpg", "Before"))).ShouldBe(HttpStatusCode.Created);
        await (await _flow.Officer.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Jpeg(), "sau.jpg", "After"))).ShouldBe(HttpStatusCode.Created);

        var listed = (await _flow.Leader.GetJson($"/api/cases/{caseId}/attachments")).AsArray();
        Assert.That(listed.Select(a => (a!["kind"]!.GetValue<string>(), a["name"]!.GetValue<string>(), a["uploadedBy"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("Before", "truoc.jpg", "ktht"), ("After", "sau.jpg", "ktht") }));
        Assert.That(listed.ToJsonString(), Does.Not.Contain("content"), "a list carries no bytes");
    }

    [Test]
    public async Task The_signed_scan_goes_on_a_reply_that_is_out_and_its_group_leader_opens_it()
    {
        var (petitionId, caseId) = await _flow.InStatus("Resolved");
        var replyId = await _flow.Draft(petitionId, caseId);

        var early = await _flow.Dispatcher.Post($"/api/replies/{replyId}/attachments", TestFiles.Form(TestFiles.Pdf(), "cong-van.pdf"));
        await early.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await early.Json())["code"]!.GetValue<string>(), Is.EqualTo("replyNotOut"));

        await _flow.Register(replyId);
        Assert.That((await _flow.Officer.Post($"/api/replies/{replyId}/attachments", TestFiles.Form(TestFiles.Pdf(), "x.pdf"))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var scan = await _flow.Dispatcher.Post($"/api/replies/{replyId}/attachments", TestFiles.Form(TestFiles.Pdf(), "Công văn số 01 (bản ký).pdf"));
        await scan.ShouldBe(HttpStatusCode.Created);
        var info = await scan.Json();
        Assert.That(info["kind"]!.GetValue<string>(), Is.EqualTo("SignedScan"));
        Assert.That(info["name"]!.GetValue<string>(), Is.EqualTo("Công văn số 01 (bản ký).pdf"));

        var listed = (await _flow.Leader.GetJson($"/api/replies/{replyId}/attachments")).AsArray();
        Assert.That(listed.Single()!["id"]!.GetValue<long>(), Is.EqualTo(info["id"]!.GetValue<long>()));
        var opened = await _flow.Leader.GetAsync($"/api/attachments/{info["id"]}");
        await opened.ShouldBe(HttpStatusCode.OK);
        Assert.That(opened.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo("Công văn số 01 (bản ký).pdf"));
        using var leader25 = _app.As("leader25");
        Assert.That((await leader25.GetAsync($"/api/attachments/{info["id"]}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_reply_letter_lists_the_result_photos_sent_with_it()
    {
        var (petitionId, caseId) = await _flow.InStatus("InProgress");
        await (await _flow.Officer.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Jpeg(), "truoc-khi-nao-vet.jpg", "Before"))).ShouldBe(HttpStatusCode.Created);
        await (await _flow.Officer.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Jpeg(), "sau-khi-nao-vet.jpg", "After"))).ShouldBe(HttpStatusCode.Created);
        await (await _flow.Resolve(caseId)).ShouldBe(HttpStatusCode.OK);
        var issued = await _flow.Reply(petitionId, caseId);

        var html = await _flow.Dispatcher.GetStringAsync($"/api/replies/{issued["id"]}/document?format=html");
        using var word = new WordFile(await _flow.Dispatcher.GetByteArrayAsync($"/api/replies/{issued["id"]}/document"));
        var docx = word.Text;

        foreach (var letter in new[] { html, docx })
        {
            Assert.That(letter, Does.Contain("Tài liệu kèm theo:"));
            Assert.That(letter.IndexOf("- truoc-khi-nao-vet.jpg;", StringComparison.Ordinal), Is.GreaterThan(letter.IndexOf("Tài liệu kèm theo:", StringComparison.Ordinal)));
            Assert.That(letter, Does.Contain("- sau-khi-nao-vet.jpg;"));
        }
    }

    [Test]
    public async Task Names_are_sanitised()
    {
        var caseId = await _flow.NewCase();
        var info = await (await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(TestFiles.Png(), "..\\..\\etc/<script>ảnh|:*?\u0007.png"))).Json();
        Assert.That(info["name"]!.GetValue<string>(), Is.EqualTo("script_ảnh.png"));
    }

    [Test]
    public async Task A_HEIC_photo_from_a_phone_is_stored_as_JPEG()
    {
        // Made with libheif's heif-enc (x265) from a 320 × 240 gradient: what an iPhone's camera writes by default.
        var heic = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Files", "photo-320x240.heic"));
        var caseId = await _flow.NewCase();

        var response = await _flow.Leader.Post($"/api/cases/{caseId}/attachments", TestFiles.Form(heic, "IMG_0001.HEIC"));

        await response.ShouldBe(HttpStatusCode.Created);
        var info = await response.Json();
        Assert.That((info["mediaType"]!.GetValue<string>(), info["name"]!.GetValue<string>()), Is.EqualTo(("image/jpeg", "IMG_0001.jpg")));
        using var served = new MagickImage(await _flow.Leader.GetByteArrayAsync($"/api/attachments/{info["id"]}"));
        Assert.That((served.Format, served.Width, served.Height), Is.EqualTo((MagickFormat.Jpeg, 320u, 240u)));
    }
}
