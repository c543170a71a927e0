namespace Petitions.Api.Domain;

/// <summary>What a user is told about.</summary>
public enum NotificationKind
{
    /// <summary>A case was routed (or re-routed) to the user's department.</summary>
    CaseRouted,

    /// <summary>A group leader reopened a case of the user's department.</summary>
    CaseReopened,

    /// <summary>A department sent a case back to the dispatcher.</summary>
    CaseReturned,

    /// <summary>A department resolved a case: it is ready for a reply.</summary>
    CaseResolved,

    /// <summary>A new petition arrived in the ward.</summary>
    PetitionReceived,

    /// <summary>A reply to the user's organisation was issued.</summary>
    ReplyIssued,

    /// <summary>The ward declined an item of the user's organisation as not its to handle, with a reason.</summary>
    CaseRefused,

    /// <summary>The working morning's digest of at-risk and overdue cases (and, for digest readers, the day's news).</summary>
    Digest,
}

/// <summary>Who is told: the officers of the case's department, or the ward's dispatchers.</summary>
public enum NotificationAudience
{
    Department,
    Dispatchers,

    /// <summary>The group leaders of the case's organisation (the petition's submitter speaks for it).</summary>
    Organisation,
}

/// <summary>How a user wants their notifications by email.</summary>
public enum EmailPreference
{
    /// <summary>One message per notification, as it happens.</summary>
    Immediate,

    /// <summary>Everything in one message, the working morning's digest.</summary>
    Digest,

    /// <summary>No email: the web app's list only.</summary>
    None,
}

/// <summary>
/// Which case events tell whom. A new action that should tell someone is one line here; one that is missing tells
/// nobody. (A reply tells the petition's group leaders once per reply, not per case, from where it is issued.)
/// </summary>
public static class CaseNotifications
{
    public static (NotificationKind Kind, NotificationAudience Audience)? For(CaseAction action) => action switch
    {
        CaseAction.Assign => (NotificationKind.CaseRouted, NotificationAudience.Department),
        CaseAction.Reopen => (NotificationKind.CaseReopened, NotificationAudience.Department),
        CaseAction.Return => (NotificationKind.CaseReturned, NotificationAudience.Dispatchers),
        CaseAction.Resolve => (NotificationKind.CaseResolved, NotificationAudience.Dispatchers),
        CaseAction.Submit => (NotificationKind.PetitionReceived, NotificationAudience.Dispatchers),
        CaseAction.Refuse => (NotificationKind.CaseRefused, NotificationAudience.Organisation),
        _ => null,
    };

    /// <summary>The Vietnamese subject line of a message about a case (or, for a reply, its petition).</summary>
    public static string Subject(NotificationKind kind, long id) => kind switch
    {
        NotificationKind.CaseRouted => $"[Kiến nghị] Nội dung số {id} được giao cho đơn vị xử lý",
        NotificationKind.CaseReopened => $"[Kiến nghị] Nội dung số {id} được mở lại, cần xử lý tiếp",
        NotificationKind.CaseReturned => $"[Kiến nghị] Nội dung số {id} bị đơn vị trả lại, cần phân công lại",
        NotificationKind.CaseResolved => $"[Kiến nghị] Nội dung số {id} đã giải quyết, chờ văn bản trả lời",
        NotificationKind.PetitionReceived => $"[Kiến nghị] Tiếp nhận kiến nghị mới (nội dung số {id})",
        NotificationKind.ReplyIssued => $"[Kiến nghị] Đã ban hành văn bản trả lời số {id}",
        NotificationKind.CaseRefused => $"[Kiến nghị] Nội dung số {id} không thuộc phạm vi giải quyết của phường",
        _ => "[Kiến nghị] Tổng hợp kiến nghị",
    };
}
