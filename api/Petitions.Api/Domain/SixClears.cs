namespace Petitions.Api.Domain;

/// <summary>
/// Hanoi's "6 rõ" an assignment must make clear, worded once for the API's messages and the documents (the web app
/// words them once in its messages).
/// </summary>
public static class SixClears
{
    public const string Title = "sáu rõ";

    /// <summary>Rõ người: who does the work.</summary>
    public const string Person = "rõ người";

    /// <summary>Rõ việc: what is to be done.</summary>
    public const string Task = "rõ việc";

    /// <summary>Rõ thời gian: the due date.</summary>
    public const string Time = "rõ thời gian";

    /// <summary>Rõ trách nhiệm: the head answerable for it.</summary>
    public const string Responsibility = "rõ trách nhiệm";

    /// <summary>Rõ sản phẩm (kết quả): the expected result.</summary>
    public const string Product = "rõ sản phẩm (kết quả)";

    /// <summary>Rõ thẩm quyền: whose authority the resolution rests on.</summary>
    public const string Authority = "rõ thẩm quyền";

    /// <summary>"Sáu rõ: ", before the six in one line.</summary>
    public static readonly string Lead = Heading(Title) + ": ";

    /// <summary>The six in their order.</summary>
    public static readonly IReadOnlyList<string> All = [Person, Task, Time, Responsibility, Product, Authority];

    /// <summary>Printed for one of the six an assignment left empty (one made before rõ thẩm quyền was asked for).</summary>
    public const string NotRecorded = "chưa ghi";

    /// <summary>"Rõ người": one of the six as a column's heading or at the start of a line.</summary>
    public static string Heading(string clear) => char.ToUpperInvariant(clear[0]) + clear[1..];

    /// <summary>
    /// The six of an assignment in their order, each with its value (the due date already worded as the document
    /// words dates); empty when the case has no assignment (never routed, or given back).
    /// </summary>
    public static IReadOnlyList<(string Clear, string Value)> Of(
        string? person, string? task, string? time, string? responsibility, string? product, string? authority) =>
        person is null && task is null && responsibility is null && product is null && authority is null
            ? []
            : [.. All.Zip(new[] { person, task, time, responsibility, product, authority }, (clear, value) => (clear, string.IsNullOrWhiteSpace(value) ? NotRecorded : value))];

    /// <summary>
    /// "rõ người: Phạm Đức Anh; rõ việc: …; rõ thẩm quyền: Chủ tịch UBND phường": the six in one line, as the letter
    /// and the report print them after "Sáu rõ: "; empty when there is no assignment.
    /// </summary>
    public static string Line(IReadOnlyList<(string Clear, string Value)> clears) =>
        string.Join("; ", clears.Select(c => $"{c.Clear}: {c.Value}"));
}
