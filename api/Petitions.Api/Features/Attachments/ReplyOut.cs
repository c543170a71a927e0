namespace Petitions.Api.Features.Attachments;

/// <summary>
/// When a reply counts as out of the office, so that its signed scan may be attached: today, once issued. The one
/// place to change when the letter's life gains its steps (the scan exists once the letter is registered).
/// </summary>
public static class ReplyOut
{
    public const string Status = "Issued";

    public static bool Is(string status) => status == Status;
}
