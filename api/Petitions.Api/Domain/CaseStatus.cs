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

    /// <summary>Not the ward's to handle (not admissible, not its matter): declined with a reason the group leader reads.</summary>
    Refused,
}
