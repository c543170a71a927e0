namespace Petitions.Api.Domain;

public enum CaseAction
{
    Submit,
    Assign,
    Start,
    Resolve,
    Return,
    Refer,
    Reply,
    Close,
    Reopen,
    Reroute,
    Note,
    Progress,
    Support,
    Correct,
    Refuse,
}

/// <summary>Every transition a case may make; anything not listed here is refused.</summary>
public static class CaseLifecycle
{
    private static readonly (CaseStatus From, CaseAction Action, CaseStatus To)[] Transitions =
    [
        (CaseStatus.Received, CaseAction.Assign, CaseStatus.Assigned),
        (CaseStatus.Assigned, CaseAction.Start, CaseStatus.InProgress),
        (CaseStatus.InProgress, CaseAction.Resolve, CaseStatus.Resolved),
        (CaseStatus.Assigned, CaseAction.Return, CaseStatus.Received),
        (CaseStatus.InProgress, CaseAction.Return, CaseStatus.Received),
        // The dispatcher moves a case to another department (or other people) while it is still being worked on.
        (CaseStatus.Assigned, CaseAction.Reroute, CaseStatus.Assigned),
        (CaseStatus.InProgress, CaseAction.Reroute, CaseStatus.Assigned),
        (CaseStatus.Received, CaseAction.Refer, CaseStatus.Referred),
        (CaseStatus.Assigned, CaseAction.Refer, CaseStatus.Referred),
        (CaseStatus.InProgress, CaseAction.Refer, CaseStatus.Referred),
        // Not the ward's matter at all (not admissible, nobody's to forward it to): the dispatcher declines it with a
        // reason, which is the ward's answer to the group leader. A refused case takes nothing more.
        (CaseStatus.Received, CaseAction.Refuse, CaseStatus.Refused),
        (CaseStatus.Assigned, CaseAction.Refuse, CaseStatus.Refused),
        (CaseStatus.InProgress, CaseAction.Refuse, CaseStatus.Refused),
        (CaseStatus.Resolved, CaseAction.Reply, CaseStatus.Replied),
        // A referred case stays with the city agency; the reply only tells the petitioner so.
        (CaseStatus.Referred, CaseAction.Reply, CaseStatus.Referred),
        (CaseStatus.Replied, CaseAction.Close, CaseStatus.Closed),
        (CaseStatus.Referred, CaseAction.Close, CaseStatus.Closed),
        (CaseStatus.Replied, CaseAction.Reopen, CaseStatus.InProgress),
        // Notes (staff only) and progress updates (for the group leader) leave the status as it is; a closed case
        // takes neither.
        .. Keeping(CaseAction.Note, CaseStatus.Received, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Replied, CaseStatus.Referred),
        .. Keeping(CaseAction.Progress, CaseStatus.Received, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Referred),
        // Supporting departments are chosen beside a lead department, while the case is being worked.
        // The dispatcher corrects what the case says (category, location, wording) while no letter has answered it.
        .. Keeping(CaseAction.Correct, CaseStatus.Received, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Referred),
        .. Keeping(CaseAction.Support, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Resolved),
    ];

    private static IEnumerable<(CaseStatus, CaseAction, CaseStatus)> Keeping(CaseAction action, params CaseStatus[] statuses) =>
        statuses.Select(s => (s, action, s));

    public static bool CanApply(CaseStatus from, CaseAction action) =>
        Transitions.Any(t => t.From == from && t.Action == action);

    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseAction action) =>
        [.. Transitions.Where(t => t.Action == action).Select(t => t.From)];

    /// <summary>The status after <paramref name="action"/>, or a refusal that says why.</summary>
    public static CaseStatus Next(CaseStatus from, CaseAction action)
    {
        foreach (var t in Transitions)
        {
            if (t.From == from && t.Action == action)
            {
                return t.To;
            }
        }

        throw new TransitionRefusedException(action, from, AllowedFrom(action));
    }
}

public sealed class TransitionRefusedException(CaseAction action, CaseStatus from, IReadOnlyList<CaseStatus> allowedFrom)
    : Exception(Describe(action, from, allowedFrom))
{
    public CaseAction Action { get; } = action;

    public CaseStatus From { get; } = from;

    public IReadOnlyList<CaseStatus> AllowedFrom { get; } = allowedFrom;

    private static string Describe(CaseAction action, CaseStatus from, IReadOnlyList<CaseStatus> allowedFrom) =>
        $"Cannot {action.ToString().ToLowerInvariant()} a case that is {from}: " +
        $"{action.ToString().ToLowerInvariant()} is allowed only from {string.Join(" or ", allowedFrom)}.";
}
