namespace Petitions.Api.Domain;

/// <summary>
/// How an official signs (thể thức ký): the People's Committee's forms of Nghị định 30/2020 for replies, the Party's
/// of Hướng dẫn 36-HD/VPTW for reports.
/// </summary>
public enum SigningForm
{
    /// <summary>"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH": the head signs for the collective.</summary>
    OnBehalf,

    /// <summary>"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": a deputy signs for the head.</summary>
    Deputy,

    /// <summary>"TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH": acting head.</summary>
    Acting,

    /// <summary>"T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG": by order of the Party Committee's standing members.</summary>
    ByOrder,

    /// <summary>"T/M BAN THƯỜNG VỤ / BÍ THƯ": on behalf of the Party Committee's standing members.</summary>
    PartyOnBehalf,
}

/// <summary>The lines above the signature for each form.</summary>
public static class SigningForms
{
    public const string Committee = "ỦY BAN NHÂN DÂN";
    public const string CommitteeHead = "CHỦ TỊCH";
    public const string StandingCommittee = "BAN THƯỜNG VỤ";

    /// <summary>Forms a reply of the People's Committee may be signed with.</summary>
    public static readonly IReadOnlyList<SigningForm> ForReplies = [SigningForm.OnBehalf, SigningForm.Deputy, SigningForm.Acting];

    /// <summary>Forms a Party report may be signed with.</summary>
    public static readonly IReadOnlyList<SigningForm> ForReports = [SigningForm.ByOrder, SigningForm.PartyOnBehalf];

    /// <summary>The SQL condition "signer <c>s</c>'s form is one of <paramref name="forms"/>" (the enum's names, nothing typed).</summary>
    public static string In(IEnumerable<SigningForm> forms, string column = "form") =>
        $"{column} IN ({string.Join(", ", forms.Select(f => $"'{f}'"))})";

    /// <summary>The authority and position lines, upper case, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"].</summary>
    public static IReadOnlyList<string> Lines(SigningForm form, string position)
    {
        var title = position.Trim().ToUpperInvariant();
        return form switch
        {
            SigningForm.OnBehalf => [$"TM. {Committee}", title],
            SigningForm.Deputy => [$"TM. {Committee}", $"KT. {CommitteeHead}", title],
            SigningForm.Acting => [$"TM. {Committee}", $"Q. {title}"],
            SigningForm.ByOrder => [$"T/L {StandingCommittee}", title],
            SigningForm.PartyOnBehalf => [$"T/M {StandingCommittee}", title],
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, null),
        };
    }
}
