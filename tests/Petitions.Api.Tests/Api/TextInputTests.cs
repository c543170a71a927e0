using System.Net;
using System.Text.Json.Nodes;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// Every string of every command body (from the served OpenAPI document) refuses control characters, lone surrogates
/// and non-characters by name; line breaks only where several lines are meant. Documents open whatever the database holds.
/// </summary>
public sealed class TextInputTests(string engine) : ApiTests(engine)
{
    // The text meant to hold several lines: an item, a task and its expected result, a result, a reason, a reply's body.
    // A pasted meeting notice and the items of its confirmed preview too.
    private static readonly string[] MultiLine = ["items[0].text", "task", "expectedResult", "result", "reason", "body", "text", "petitions[0].items[0].text", "assignment.task", "assignment.expectedResult", "results[0].text", "closing", "comment"];

    [Test]
    public async Task Every_string_field_refuses_control_characters_and_non_characters_and_takes_line_breaks_only_where_meant()
    {
        var admin = App.As("admin");
        var acceptingLineBreaks = new HashSet<string>();
        var probed = 0;
        foreach (var operation in await CommandBodies.All(admin))
        {
            foreach (var field in operation.Fields.Where(f => f is { Type: "string", Format: null }))
            {
                var name = $"{operation.Method} {operation.Path} {field.Name}";
                foreach (var (raw, position) in new[] { ("ab\\u0000", 3), ("\\u0007", 1), ("a\\u009Fb", 2), ("a\\ud800b", 2), ("\\udc00", 1), ("x\\uFFFE", 2), ("\\uFDD0", 1), ("\\uDBFF\\uDFFF", 1) })
                {
                    var errors = await ErrorsOf(admin, operation, field.Name, raw);
                    Assert.That(errors[field.Name]?[0]?.GetValue<string>(), Does.StartWith($"Character {position} "), $"{name} = \"{raw}\"");
                    probed++;
                }

                var lineBreaks = await ErrorsOf(admin, operation, field.Name, "first line\\r\\nsecond\\tline");
                if (lineBreaks[field.Name] is null)
                {
                    acceptingLineBreaks.Add(field.Name);
                }
                else
                {
                    Assert.That(lineBreaks[field.Name]![0]!.GetValue<string>(), Does.Contain("one line of text"), name);
                }
            }
        }

        Assert.That(probed, Is.GreaterThan(200));
        Assert.That(acceptingLineBreaks, Is.EquivalentTo(MultiLine));
    }

    [Test]
    public async Task A_position_counts_from_one_in_UTF16_units_and_multi_line_text_comes_back_as_it_was_sent()
    {
        var response = await Flow.Leader.Post("/api/petitions", Http.RawJson("""{"submitter": {"name": "Ngô 😀\u0001"}}"""));
        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.That(problem["errors"]!["submitter.name"]![0]!.GetValue<string>(), Does.StartWith("Character 7 is a control character"));
        var code = problem["fieldCodes"]!["submitter.name"]![0]!;
        Assert.That((code["code"]!.GetValue<string>(), code["args"]!["position"]!.GetValue<int>()), Is.EqualTo(("text.controlCharacter", 7)));
        var surrogate = await (await Flow.Leader.Post("/api/petitions", Http.RawJson("""{"submitter": {"title": "ab\udc00"}}"""))).Json();
        Assert.That(surrogate["fieldCodes"]!["submitter.title"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("text.invalidCharacter"));

        const string text = "Đề nghị:\r\n\t1. nạo vét cống;\n\t2. lắp đèn.";
        var (_, caseIds) = await Flow.Submit(text);
        Assert.That((await Client.GetJson($"/api/cases/{caseIds[0]}"))["text"]!.GetValue<string>(), Is.EqualTo(text));
    }

    [Test]
    public async Task Word_HTML_and_CSV_documents_open_whatever_control_characters_the_database_holds()
    {
        var (_, caseId) = await Flow.InStatus("Replied");
        var replyId = (await Client.GetJson($"/api/cases/{caseId}"))["replies"]![0]!["id"]!.GetValue<long>();
        const string poison = "a\u0000b\u0001c\u001Fd\uFFFFe";
        await App.WithDb(async db =>
        {
            var parameters = new { Poison = poison, CaseId = caseId, ReplyId = replyId };
            await db.Execute("UPDATE cases SET text = @Poison, result = @Poison, location = @Poison WHERE id = @CaseId", parameters, CancellationToken.None);
            await db.Execute("UPDATE replies SET subject = @Poison, body = @Poison WHERE id = @ReplyId", parameters, CancellationToken.None);
            await db.Execute("UPDATE petitions SET submitter_name = @Poison WHERE id = (SELECT petition_id FROM cases WHERE id = @CaseId)", parameters, CancellationToken.None);
            return await db.Execute("UPDATE sessions SET title = @Poison, code = @Poison WHERE id = 1", parameters, CancellationToken.None);
        });
        Assert.That((await Client.GetJson($"/api/cases/{caseId}"))["text"]!.GetValue<string>(), Is.EqualTo(poison), "the database holds it");

        foreach (var url in new[] { $"/api/replies/{replyId}/document", "/api/sessions/1/report?format=docx" })
        {
            var response = await Client.GetAsync(url);
            await response.ShouldBe(HttpStatusCode.OK);
            using var word = new WordFile(await response.Content.ReadAsByteArrayAsync());
            Assert.That(word.Text, Does.Contain("abcde"), url);
            Assert.That(word.SchemaErrors(), Is.Empty, url);
            Assert.That(word.Document.PackageProperties.Title, Does.EndWith("abcde"), url);
        }

        foreach (var url in new[] { $"/api/replies/{replyId}/document?format=html", "/api/sessions/1/report?format=html", "/api/sessions/1/report?format=csv" })
        {
            var response = await Client.GetAsync(url);
            await response.ShouldBe(HttpStatusCode.OK);
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(text, Does.Contain("abcde").And.Not.Contain("&#x0;"), url);
            Assert.That(text.Contains('\u0000', StringComparison.Ordinal), Is.False, url);
        }

        await (await Client.GetAsync("/api/sessions/1/report")).ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonObject> ErrorsOf(HttpClient client, CommandBodies.Operation operation, string field, string rawJsonString)
    {
        var response = await client.Send(operation, CommandBodies.With(field, "PLACEHOLDER").Replace("PLACEHOLDER", rawJsonString));
        Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"{operation.Method} {operation.Path} {field}");
        return response.StatusCode == HttpStatusCode.BadRequest ? (await response.Json())["errors"]?.AsObject() ?? [] : [];
    }
}
