namespace Petitions.Api.Infrastructure.Time;

/// <summary>Time as the ward lives it: Vietnam (UTC+7, no daylight saving).</summary>
public sealed class Clock(TimeProvider time)
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public DateTimeOffset Now => time.GetUtcNow().ToOffset(VietnamOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
