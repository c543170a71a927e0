namespace Petitions.Api.Domain;

/// <summary>The five bottlenecks of section 2.5 plus the other kinds seen in the appendix.</summary>
public enum Category
{
    TrafficCongestion,
    UrbanOrder,
    Flooding,
    Environment,
    FoodSafety,
    Security,
    Infrastructure,
    Other,
}
