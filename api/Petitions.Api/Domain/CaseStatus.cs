namespace Petitions.Api.Domain;

public enum CaseStatus
{
    Received,
    Assigned,
    InProgress,
    Resolved,
    Replied,
    Closed,
    Referred,
}
