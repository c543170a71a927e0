namespace Petitions.Api.Tests.Infrastructure;

/// <summary>A clock the tests set to a ward's working morning, so deadlines are checked on known days.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateOnly MeetingMonday = new(2026, 4, 13);

    private DateTimeOffset _now = At(MeetingMonday);

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void SetToday(DateOnly day) => _now = At(day);

    public void Advance(TimeSpan by) => _now += by;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
