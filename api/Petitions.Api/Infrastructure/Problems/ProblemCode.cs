namespace Petitions.Api.Infrastructure.Problems;

/// <summary>
/// The stable name of a refusal, sent as the problem's <c>code</c> (and in its <c>type</c>) beside the data its message
/// needs (<c>args</c>). Outside tools and the web app read codes, never the English <c>title</c> or <c>detail</c>.
/// Any static <see cref="ProblemCode"/> field in this assembly is a code (<see cref="ProblemCatalog"/> finds them), so a
/// slice declares the codes of its own refusals beside its use case.
/// </summary>
public sealed record ProblemCode(string Value)
{
    /// <summary>A tag URI (RFC 4151): this project's own, and not meant to be dereferenced (RFC 9457 §3.1.1).</summary>
    public const string TypePrefix = "tag:petitions,2026:problem/";

    public static readonly ProblemCode Validation = new("validation");
    public static readonly ProblemCode SignInRequired = new("signInRequired");
    public static readonly ProblemCode SignInRefused = new("signInRefused");
    public static readonly ProblemCode Forbidden = new("forbidden");
    public static readonly ProblemCode CityLevelReadOnly = new("cityLevelReadOnly");
    public static readonly ProblemCode AntiforgeryRejected = new("antiforgeryRejected");
    public static readonly ProblemCode NotFound = new("notFound");
    public static readonly ProblemCode MethodNotAllowed = new("methodNotAllowed");
    public static readonly ProblemCode TransitionRefused = new("transitionRefused");
    public static readonly ProblemCode StaleVersion = new("staleVersion");
    public static readonly ProblemCode PayloadTooLarge = new("payloadTooLarge");
    public static readonly ProblemCode UnsupportedMediaType = new("unsupportedMediaType");
    public static readonly ProblemCode TooManyRequests = new("tooManyRequests");
    public static readonly ProblemCode AccountLocked = new("accountLocked");
    public static readonly ProblemCode StorageFull = new("storageFull");
    public static readonly ProblemCode StorageReadOnly = new("storageReadOnly");
    public static readonly ProblemCode StorageBusy = new("storageBusy");
    public static readonly ProblemCode InternalError = new("internalError");
    public static readonly ProblemCode BadRequest = new("badRequest");

    // Field codes (inside fieldCodes) that the framework's own checks give, before any validator runs.
    public static readonly ProblemCode BodyMalformed = new("body.malformed");
    public static readonly ProblemCode BodyExpectedString = new("body.expectedString");
    public static readonly ProblemCode BodyUnknownName = new("body.unknownName");
    public static readonly ProblemCode QueryInvalidValue = new("query.invalidValue");
    public static readonly ProblemCode IfMatchInvalid = new("ifMatch.invalid");

    public string Type => TypePrefix + Value;

    /// <summary>The code a framework answer of this status gets when nothing more precise was said.</summary>
    public static ProblemCode ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => SignInRequired,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        429 => TooManyRequests,
        503 => StorageBusy,
        _ => InternalError,
    };

    public override string ToString() => Value;
}
