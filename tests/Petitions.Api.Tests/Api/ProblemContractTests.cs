using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>Every refusal carries a stable code, its type and its args; 400 keeps <c>errors</c> and adds <c>fieldCodes</c> beside it.</summary>
public sealed class ProblemContractTests(string engine) : ApiTests(engine)
{
    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await response.ShouldBe(status);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Json();
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo(code));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo(ProblemCode.TypePrefix + code));
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)status));
        Assert.That(problem["args"], Is.InstanceOf<JsonObject>(), "args is always an object");
        return problem;
    }

    [Test]
    public async Task A_field_error_keeps_its_English_message_and_adds_its_code_and_numbers_beside_it()
    {
        var text = new string('a', 4012);
        var response = await Client.Post("/api/petitions", new
        {
            sessionId = 1,
            submitter = new { name = "Lê Văn Tám", title = "Tổ trưởng TDP số 3", organisation = "" },
            items = new[] { new { text } },
        });

        var problem = await Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.That(problem["errors"]!["items[0].text"]![0]!.GetValue<string>(), Is.EqualTo("Item text must be at most 4000 characters (it has 4012)."));
        var itemText = problem["fieldCodes"]!["items[0].text"]!.AsArray().Single()!;
        Assert.That(itemText["code"]!.GetValue<string>(), Is.EqualTo("petition.item.text.tooLong"));
        Assert.That(itemText["args"]!["max"]!.GetValue<int>(), Is.EqualTo(4000));
        Assert.That(itemText["args"]!["actual"]!.GetValue<int>(), Is.EqualTo(4012));
        Assert.That(problem["fieldCodes"]!["submitter.organisation"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("petition.submitter.organisation.required"));
        Assert.That(problem["fieldCodes"]!.AsObject().Select(f => f.Key), Is.EquivalentTo(problem["errors"]!.AsObject().Select(f => f.Key)), "the same fields in both");
    }

    [Test]
    public async Task A_rule_that_needs_the_database_names_its_field_with_a_code()
    {
        var response = await Client.Post("/api/petitions", new
        {
            sessionId = 999,
            submitter = new { name = "Lê Văn Tám", title = "Tổ trưởng TDP số 3", organisation = "TDP số 3" },
            items = new[] { new { text = "Đèn hỏng" } },
        });

        var field = (await Problem(response, HttpStatusCode.BadRequest, "validation"))["fieldCodes"]!["sessionId"]![0]!;
        Assert.That(field["code"]!.GetValue<string>(), Is.EqualTo("petition.sessionId.unknown"));
        Assert.That(field["args"]!["id"]!.GetValue<int>(), Is.EqualTo(999));
    }

    [Test]
    public async Task An_unknown_enum_name_in_a_body_gives_the_names_allowed()
    {
        var response = await Client.Post("/api/petitions", Http.RawJson(
            """{"sessionId":1,"submitter":{"name":"A","title":"B","organisation":"C"},"items":[{"text":"x","category":"Noise"}]}"""));

        var field = (await Problem(response, HttpStatusCode.BadRequest, "validation"))["fieldCodes"]!["items[0].category"]![0]!;
        Assert.That(field["code"]!.GetValue<string>(), Is.EqualTo("body.unknownName"));
        Assert.That(field["args"]!["value"]!.GetValue<string>(), Is.EqualTo("Noise"));
        Assert.That(field["args"]!["allowed"]!.AsArray().Select(n => n!.GetValue<string>()), Does.Contain("Flooding"));
    }

    [Test]
    public async Task An_unbindable_query_value_says_what_was_expected()
    {
        var field = (await Problem(await Client.GetAsync("/api/cases?status=Nope"), HttpStatusCode.BadRequest, "validation"))["fieldCodes"]!["status"]![0]!;
        Assert.That(field["code"]!.GetValue<string>(), Is.EqualTo("query.invalidValue"));
        Assert.That(field["args"]!["expected"]!.GetValue<string>(), Is.EqualTo("oneOf"));
        Assert.That(field["args"]!["allowed"]!.AsArray().Select(n => n!.GetValue<string>()), Does.Contain("InProgress"));
    }

    [Test]
    public async Task A_refused_transition_carries_its_action_state_and_allowed_states_as_data()
    {
        var caseId = await Flow.NewCase();

        var referral = new { agency = "Sở Xây dựng Hà Nội", referralLetter = "Công văn số 12/UBND-KT" };
        await (await Client.Post($"/api/cases/{caseId}/refer", referral)).ShouldBe(HttpStatusCode.OK);

        var problem = await Problem(await Client.Post($"/api/cases/{caseId}/refer", referral), HttpStatusCode.Conflict, "transitionRefused");
        Assert.That(problem["args"]!["action"]!.GetValue<string>(), Is.EqualTo("Refer"));
        Assert.That(problem["args"]!["from"]!.GetValue<string>(), Is.EqualTo("Referred"));
        Assert.That(problem["args"]!["allowed"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "Received", "Assigned", "InProgress" }));
    }

    [Test]
    public async Task A_stale_version_carries_the_versions()
    {
        var caseId = await Flow.NewCase();

        var problem = await Problem(await Client.Post($"/api/cases/{caseId}/refer", new { agency = "Sở Xây dựng", referralLetter = "Số 1" }, ifMatch: "\"7\""), HttpStatusCode.Conflict, "staleVersion");
        Assert.That(problem["args"]!["expected"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(problem["args"]!["actual"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task What_does_not_exist_the_role_may_not_do_and_an_unknown_path_each_have_their_code()
    {
        await Problem(await Client.GetAsync("/api/cases/987654"), HttpStatusCode.NotFound, "notFound");
        await Problem(await Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound, "notFound");
        using var leader = App.As("leader19");
        await Problem(await leader.GetAsync("/api/users"), HttpStatusCode.Forbidden, "forbidden");
        using var anonymous = App.CreateClient();
        await Problem(await anonymous.GetAsync("/api/cases"), HttpStatusCode.Unauthorized, "signInRequired");
        await Problem(await anonymous.Post("/api/auth/token", new { username = "dispatcher", password = "wrong-password" }), HttpStatusCode.Unauthorized, "signInRefused");
    }

    [Test]
    public async Task A_body_too_large_a_wrong_media_type_and_a_wrong_method_have_their_codes()
    {
        var tooLarge = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        tooLarge.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var problem = await Problem(await Client.Post("/api/petitions", tooLarge), HttpStatusCode.RequestEntityTooLarge, "payloadTooLarge");
        Assert.That(problem["args"]!["limitKiB"]!.GetValue<int>(), Is.EqualTo(1024));

        await Problem(await Client.Post("/api/petitions", new StringContent("sessionId=1")), HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await Problem(await Client.DeleteAsync("/api/sessions"), HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
    }

    [Test]
    public void Every_validator_rule_gives_a_code_of_ours()
    {
        using var scope = App.Services.CreateScope();
        var rules = ProblemCatalog.ValidatorRules(scope.ServiceProvider).ToList();

        Assert.That(rules, Has.Count.GreaterThan(50));
        Assert.That(rules.Where(r => r.Code is null).Select(r => $"{r.Validator.FullName}: {r.Property}"), Is.Empty, "a rule without .WithErrorCode(…)");
        var shape = new Regex("^[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)+$");
        Assert.That(rules.Select(r => r.Code!).Where(code => !shape.IsMatch(code)), Is.Empty, "field codes are area.field.rule in camelCase");
    }

    [Test]
    public void The_OpenAPI_document_lists_every_code_the_API_can_send_and_no_other()
    {
        using var scope = App.Services.CreateScope();
        var catalog = ProblemCatalog.All(scope.ServiceProvider);

        Assert.That(DocumentedCodes.Of(App.Services), Is.EquivalentTo(catalog));
        Assert.That(catalog, Is.Unique);
        Assert.That(catalog, Does.Contain("transitionRefused").And.Contain("sessionCodeTaken").And.Contain("user.username.format"));
    }
}
