namespace Petitions.Api.Domain;

/// <summary>A letter's life in an office (DESIGN.md): drafted, submitted for signature, signed, registered, sent.</summary>
public enum ReplyStatus
{
    /// <summary>Dự thảo: still being worded.</summary>
    Draft,

    /// <summary>Trình ký: with the signer.</summary>
    Submitted,

    /// <summary>Signed by the signer, waiting for the clerk (văn thư).</summary>
    Signed,

    /// <summary>Registered by the clerk: the number and date are given here, then the seal. The cases are Replied.</summary>
    Registered,

    /// <summary>Phát hành: sent to the recipients of "Nơi nhận".</summary>
    Sent,
}

public enum ReplyAction
{
    Edit,
    Submit,
    Return,
    Sign,
    Register,
    Send,
}

/// <summary>Every step a reply may take; anything not listed is refused.</summary>
public static class ReplyLifecycle
{
    private static readonly (ReplyStatus From, ReplyAction Action, ReplyStatus To)[] Transitions =
    [
        (ReplyStatus.Draft, ReplyAction.Edit, ReplyStatus.Draft),
        (ReplyStatus.Draft, ReplyAction.Submit, ReplyStatus.Submitted),
        // The signer sends it back for changes: it is a draft again.
        (ReplyStatus.Submitted, ReplyAction.Return, ReplyStatus.Draft),
        (ReplyStatus.Submitted, ReplyAction.Sign, ReplyStatus.Signed),
        (ReplyStatus.Signed, ReplyAction.Register, ReplyStatus.Registered),
        (ReplyStatus.Registered, ReplyAction.Send, ReplyStatus.Sent),
    ];

    /// <summary>
    /// The one rule for whether a reply is out to the petitioner: from registration on (its number and date given) the
    /// group leader reads it, its cases are Replied, and it counts as the case's reply.
    /// </summary>
    public static readonly IReadOnlyList<ReplyStatus> Out = [ReplyStatus.Registered, ReplyStatus.Sent];

    public static bool IsOut(ReplyStatus status) => Out.Contains(status);

    /// <summary>The SQL condition "reply <paramref name="replies"/> is out", for queries.</summary>
    public static string OutSql(string replies = "r") =>
        $"{replies}.status IN ({string.Join(", ", Out.Select(s => $"'{s}'"))})";

    public static IReadOnlyList<ReplyStatus> AllowedFrom(ReplyAction action) =>
        [.. Transitions.Where(t => t.Action == action).Select(t => t.From)];

    /// <summary>The status after <paramref name="action"/>, or null when the step is not allowed from <paramref name="from"/>.</summary>
    public static ReplyStatus? Next(ReplyStatus from, ReplyAction action)
    {
        foreach (var t in Transitions)
        {
            if (t.From == from && t.Action == action)
            {
                return t.To;
            }
        }

        return null;
    }
}
