namespace Petitions.Api.Features.Cases;

/// <summary>
/// The ratings (1 to 5) group leaders gave as they accepted replies: how many, their average (null with none) and
/// how many of each, 1 to 5 (zeros included).
/// </summary>
public sealed record RatingSummary(int Count, double? Average, IReadOnlyList<RatingCount> Distribution)
{
    public static RatingSummary Of(IReadOnlyList<RatingCount> counts)
    {
        var distribution = Enumerable.Range(CloseCase.MinRating, CloseCase.MaxRating - CloseCase.MinRating + 1)
            .Select(r => new RatingCount { Rating = r, Count = counts.Where(c => c.Rating == r).Sum(c => c.Count) })
            .ToList();
        var count = distribution.Sum(d => d.Count);
        return new RatingSummary(
            count,
            count == 0 ? null : Math.Round(distribution.Sum(d => (double)d.Rating * d.Count) / count, 2),
            distribution);
    }
}

public sealed record RatingCount
{
    public int Rating { get; init; }

    public int Count { get; init; }
}
