using System.Net;
using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// Every command's body, read from the served OpenAPI document: a null where the document says a value is required is
/// a 400 naming that field, and no null, anywhere, brings a 500.
/// </summary>
public sealed class NullInputTests(string engine) : ApiTests(engine)
{
    [Test]
    public async Task A_null_password_for_a_reset_is_a_400_naming_password()
    {
        var admin = App.As("admin");
        var response = await admin.Post("/api/users/2/reset-password", Http.RawJson("""{"password": null}"""));

        await response.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "password" }));
        Assert.That(problem["fieldCodes"]!["password"]![0]!["code"]!.GetValue<string>(), Is.EqualTo("body.nullNotAllowed"));
    }

    [Test]
    public async Task Every_required_field_of_every_command_refuses_null_by_name_and_nothing_answers_500()
    {
        var admin = App.As("admin");
        var probed = 0;
        foreach (var operation in await CommandBodies.All(admin))
        {
            // Someone who may send it: a body read through a constructor is checked after the role.
            HttpClient? sender = null;
            foreach (var caller in new[] { "admin", "dispatcher", "leader19", "ktht", "partyoffice" })
            {
                sender = App.As(caller);
                if ((await sender.Send(operation, "{}")).StatusCode != HttpStatusCode.Forbidden)
                {
                    break;
                }
            }

            foreach (var literal in new[] { "null", "[]", "\"text\"", "1" })
            {
                var whole = await admin.Send(operation, literal);
                Assert.That((int)whole.StatusCode, Is.InRange(400, 499), $"{operation.Method} {operation.Path} with body {literal}");
            }

            foreach (var field in operation.Fields)
            {
                var response = await sender!.Send(operation, CommandBodies.With(field.Name, null));
                probed++;
                Assert.That((int)response.StatusCode, Is.LessThan(500), $"{operation.Method} {operation.Path} with {field.Name} null: {await response.Content.ReadAsStringAsync()}");
                if (!field.Nullable)
                {
                    await response.ShouldBe(HttpStatusCode.BadRequest);
                    var errors = (await response.Json())["errors"]!.AsObject();
                    Assert.That(errors.Select(e => e.Key), Does.Contain(field.Name), $"{operation.Method} {operation.Path}");
                }
            }
        }

        Assert.That(probed, Is.GreaterThan(40));
    }
}
