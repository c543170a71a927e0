using Petitions.Api.Domain;

namespace Petitions.Api.Infrastructure.Time;

/// <summary>Facts about the running installation that are read from the database once, at start-up.</summary>
public sealed class Installation
{
    public WorkingCalendar Calendar { get; set; } = new([], []);
}
