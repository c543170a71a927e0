using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Web;

/// <summary>Configuration section <c>Ward</c>: the ward this installation serves.</summary>
public sealed class WardOptions
{
    public string Code { get; set; } = "yen-hoa";
}

/// <summary>Facts about the running installation that are read from the database once, at start-up.</summary>
public sealed class Installation
{
    public long WardId { get; set; }

    public WorkingCalendar Calendar { get; set; } = new([], []);
}

/// <summary>Who is asking, and in which ward. Every query filters by <see cref="WardId"/>.</summary>
public sealed class RequestContext(IHttpContextAccessor accessor, Installation installation)
{
    public long WardId => installation.WardId;

    public string Actor => accessor.HttpContext?.User.Identity?.Name ?? "anonymous";
}

/// <summary>Time as the ward lives it: Vietnam (UTC+7, no daylight saving).</summary>
public sealed class Clock(TimeProvider time)
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public DateTimeOffset Now => time.GetUtcNow().ToOffset(VietnamOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
