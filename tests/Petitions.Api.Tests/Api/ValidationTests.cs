using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

public sealed class ValidationTests(string engine) : ApiTests(engine)
{
    private async Task<JsonObject> ErrorsOf(HttpResponseMessage response)
    {
        await response.ShouldBe(HttpStatusCode.BadRequest);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        return (await response.Json())["errors"]!.AsObject();
    }

    private async Task<HttpResponseMessage> SubmitNothingWritten(object body)
    {
        var (petitions, cases, events) = (await Count("petitions"), await Count("cases"), await Count("case_events"));
        var response = await Client.Post("/api/petitions", body);
        Assert.That((await Count("petitions"), await Count("cases"), await Count("case_events")), Is.EqualTo((petitions, cases, events)), "nothing partly written");
        return response;
    }

    [Test]
    public async Task A_petition_without_its_required_fields_names_each_missing_field()
    {
        var errors = await ErrorsOf(await SubmitNothingWritten(new { sessionId = 0, submitter = new { }, items = Array.Empty<object>() }));

        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "sessionId", "submitter.name", "submitter.title", "submitter.organisation", "items" }));
        Assert.That(errors["items"]![0]!.GetValue<string>(), Is.EqualTo("A petition needs at least one item."));
    }

    [Test]
    public async Task Item_text_over_4000_characters_is_refused_with_its_length()
    {
        var body = new
        {
            sessionId = 1,
            submitter = new { name = "Lê Văn Tám", title = "Tổ trưởng TDP số 3", organisation = "TDP số 3" },
            items = new[] { new { text = "Hợp lệ" }, new { text = new string('ư', 4001) } },
        };

        var errors = await ErrorsOf(await SubmitNothingWritten(body));

        Assert.That(errors["items[1].text"]![0]!.GetValue<string>(), Is.EqualTo("Item text must be at most 4000 characters (it has 4001)."));
        Assert.That(errors.ContainsKey("items[0].text"), Is.False);
    }

    [Test]
    public async Task More_than_50_items_are_refused()
    {
        var body = new
        {
            sessionId = 1,
            submitter = new { name = "Lê Văn Tám", title = "Tổ trưởng TDP số 3", organisation = "TDP số 3" },
            items = Enumerable.Range(1, 51).Select(i => new { text = $"Kiến nghị {i}" }),
        };

        var errors = await ErrorsOf(await SubmitNothingWritten(body));

        Assert.That(errors["items"]![0]!.GetValue<string>(), Is.EqualTo("A petition may have at most 50 items (it has 51)."));
    }

    [Test]
    public async Task An_unknown_category_lists_the_ones_that_exist()
    {
        var body = Http.RawJson("""{"sessionId":1,"submitter":{"name":"A","title":"B","organisation":"C"},"items":[{"text":"x","category":"Flood"}]}""");

        var errors = await ErrorsOf(await SubmitNothingWritten(body));

        Assert.That(errors["items[0].category"]![0]!.GetValue<string>(), Does.StartWith("'Flood' is not a valid Category; use one of: TrafficCongestion, UrbanOrder, Flooding"));
    }

    [Test]
    public async Task Malformed_json_is_a_400_not_a_500()
    {
        var errors = await ErrorsOf(await SubmitNothingWritten(Http.RawJson("""{"sessionId":1,"items":[{"text":"x"}""")));

        Assert.That(errors, Is.Not.Empty);
    }

    [Test]
    public async Task A_number_where_text_belongs_names_the_field()
    {
        var errors = await ErrorsOf(await SubmitNothingWritten(Http.RawJson("""{"sessionId":1,"submitter":{"name":42}}""")));

        Assert.That(errors["submitter.name"]![0]!.GetValue<string>(), Is.EqualTo("Expected a string, got a number."));
    }

    [Test]
    public async Task A_session_that_does_not_exist_is_named()
    {
        var body = new { sessionId = 999, submitter = new { name = "A", title = "B", organisation = "C" }, items = new[] { new { text = "x" } } };

        var errors = await ErrorsOf(await SubmitNothingWritten(body));

        Assert.That(errors["sessionId"]![0]!.GetValue<string>(), Is.EqualTo("Session 999 does not exist in this ward."));
    }

    [Test]
    public async Task A_closed_session_takes_no_more_petitions()
    {
        var sessionId = await App.WithDb(async db =>
        {
            await db.Execute(
                "INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed) VALUES (1, 'closed-round', 'Đợt đã đóng', @Held, @Deadline, 1)",
                new { Held = new DateOnly(2025, 10, 1), Deadline = new DateOnly(2025, 10, 20) },
                CancellationToken.None);
            return await db.ExecuteScalar<long>("SELECT id FROM sessions WHERE code = 'closed-round'", null, CancellationToken.None);
        });

        var response = await SubmitNothingWritten(new { sessionId, submitter = new { name = "A", title = "B", organisation = "C" }, items = new[] { new { text = "x" } } });

        await response.ShouldBe(HttpStatusCode.Conflict);
        Assert.That((await response.Json())["detail"]!.GetValue<string>(), Is.EqualTo("Session closed-round is closed: it takes no more petitions."));
    }

    [Test]
    public async Task Assigning_needs_all_six_clears()
    {
        var caseId = await Flow.NewCase();

        var errors = await ErrorsOf(await Client.Post($"/api/cases/{caseId}/assign", new { }));

        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "departmentId", "assignee", "task", "responsibleHead", "expectedResult", "authority" }));
        Assert.That(errors["assignee"]![0]!.GetValue<string>(), Is.EqualTo("Name the person who does the work (rõ người)."));
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>(), Is.EqualTo("Received"));
    }

    [Test]
    public async Task Assigning_to_a_department_that_does_not_exist_or_a_past_date_is_refused()
    {
        var caseId = await Flow.NewCase();

        var unknown = await ErrorsOf(await Client.Post($"/api/cases/{caseId}/assign", Workflow.Assignment(departmentId: 404)));
        var past = await ErrorsOf(await Client.Post($"/api/cases/{caseId}/assign", Workflow.Assignment(dueDate: "2026-04-01")));

        Assert.That(unknown["departmentId"]![0]!.GetValue<string>(), Is.EqualTo("Department 404 does not exist in this ward."));
        Assert.That(past["dueDate"]![0]!.GetValue<string>(), Is.EqualTo("The due date (rõ thời gian) cannot be in the past; today is 2026-04-13."));
    }

    [Test]
    public async Task Resolving_without_a_result_and_returning_without_a_reason_are_refused()
    {
        var (_, caseId) = await Flow.InStatus("InProgress");

        var resolve = await ErrorsOf(await Flow.Officer.Post($"/api/cases/{caseId}/resolve", new { result = " " }));
        var reopen = await ErrorsOf(await Flow.Leader.Post($"/api/cases/{caseId}/reopen", new { }));
        var refer = await ErrorsOf(await Client.Post($"/api/cases/{caseId}/refer", new { agency = "Sở Xây dựng" }));

        Assert.That(resolve["result"]![0]!.GetValue<string>(), Is.EqualTo("Say what was done to resolve the case."));
        Assert.That(reopen["reason"]![0]!.GetValue<string>(), Is.EqualTo("Say why the reply does not settle the case."));
        Assert.That(refer.Select(e => e.Key), Is.EquivalentTo(new[] { "referralLetter" }));
    }

    [Test]
    public async Task Bad_list_parameters_name_the_parameter()
    {
        var status = await ErrorsOf(await Client.GetAsync("/api/cases?status=Done"));
        var limit = await ErrorsOf(await Client.GetAsync("/api/cases?limit=500"));
        var cursor = await ErrorsOf(await Client.GetAsync("/api/cases?cursor=not-ours"));
        var department = await ErrorsOf(await Client.GetAsync("/api/cases?departmentId=abc"));

        Assert.That(status["status"]![0]!.GetValue<string>(), Does.StartWith("'Done' is not valid here; use one of: Received, Assigned"));
        Assert.That(limit["limit"]![0]!.GetValue<string>(), Is.EqualTo("limit must be between 1 and 200."));
        Assert.That(cursor.Select(e => e.Key), Is.EqualTo(new[] { "cursor" }));
        Assert.That(department["departmentId"]![0]!.GetValue<string>(), Is.EqualTo("'abc' is not valid here; use a whole number."));
    }

    [Test]
    public async Task Vietnamese_comes_back_exactly_and_in_NFC_whatever_form_it_was_typed_in()
    {
        const string text = "Đề nghị xử lý đường Nguyễn Thị Duệ: ngập úng, đèn hỏng (đ/Đ, ơ, ư, ữ, ỵ)";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.That(decomposed, Is.Not.EqualTo(text));

        var (petitionId, caseIds) = await Flow.Submit(decomposed, text);

        var petition = await Client.GetJson($"/api/petitions/{petitionId}");
        Assert.That(petition["cases"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()), Is.All.EqualTo(text));
        var found = await Client.GetJson("/api/cases?q=" + Uri.EscapeDataString("nguyen thi due") + "&limit=200");
        Assert.That(found["items"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()), Is.SupersetOf(caseIds));
    }

    [TestCase("   ")]
    [TestCase("key with spaces")]
    [TestCase("tab\tkey")]
    [TestCase("a", "b")]
    public async Task A_blank_or_unusual_idempotency_key_is_refused_by_name(params string[] values)
    {
        var (petitions, cases) = (await Count("petitions"), await Count("cases"));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/petitions") { Content = System.Net.Http.Json.JsonContent.Create(Workflow.Petition("Đề nghị sửa đèn")) };
            foreach (var value in values)
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", value);
            }

            var response = await Client.SendAsync(request);
            var errors = await ErrorsOf(response);
            Assert.That(errors.Select(e => e.Key), Is.EqualTo(new[] { "Idempotency-Key" }));
            Assert.That((await response.Json())["fieldCodes"]!["Idempotency-Key"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("petition.idempotencyKey.invalid"));
        }

        Assert.That((await Count("petitions"), await Count("cases")), Is.EqualTo((petitions, cases)));
    }

    [Test]
    public async Task An_unknown_path_is_a_problem_details_404()
    {
        var response = await Client.GetAsync("/api/nothing-here");

        await response.ShouldBe(HttpStatusCode.NotFound);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
