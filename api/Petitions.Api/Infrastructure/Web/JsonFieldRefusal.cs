using System.Text.Json;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>
/// A value refused while the body is read, before any validator runs: a 400 naming the field (System.Text.Json fills
/// in the path), with a field code and the data its message needs.
/// </summary>
public sealed class JsonFieldRefusal(string code, string message, object args) : JsonException(message)
{
    public string Code { get; } = code;

    public object Args { get; } = args;
}

/// <summary>Field codes given while reading a body, whatever the field.</summary>
public static class FieldCodes
{
    public const string Required = "body.nullNotAllowed";
}
