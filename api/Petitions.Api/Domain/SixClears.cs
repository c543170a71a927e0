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
}
