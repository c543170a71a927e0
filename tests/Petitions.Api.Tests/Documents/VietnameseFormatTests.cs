using FluentValidation;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Documents;

namespace Petitions.Api.Tests.Documents;

public sealed class VietnameseFormatTests
{
    [TestCase(2026, 4, 16, "16/04/2026", "ngày 16 tháng 4 năm 2026")]
    [TestCase(2026, 1, 5, "05/01/2026", "ngày 05 tháng 01 năm 2026")]
    [TestCase(2026, 2, 28, "28/02/2026", "ngày 28 tháng 02 năm 2026")]
    [TestCase(2026, 12, 9, "09/12/2026", "ngày 09 tháng 12 năm 2026")]
    public void Dates_are_written_as_Nghi_dinh_30_asks(int year, int month, int day, string shortDate, string longDate)
    {
        var date = new DateOnly(year, month, day);

        Assert.That(VietnameseFormat.Date(date), Is.EqualTo(shortDate));
        Assert.That(VietnameseFormat.LongDate(date), Is.EqualTo(longDate));
    }

    [Test]
    public void The_place_is_the_ward_without_Phuong_and_an_undated_draft_leaves_day_and_month_blank()
    {
        Assert.That(VietnameseFormat.Place("Phường Yên Hòa"), Is.EqualTo("Yên Hòa"));
        Assert.That(VietnameseFormat.PlaceAndDate("Yên Hòa", new DateOnly(2026, 4, 16), 2026), Is.EqualTo("Yên Hòa, ngày 16 tháng 4 năm 2026"));
        Assert.That(VietnameseFormat.PlaceAndDate("Yên Hòa", null, 2026), Is.EqualTo("Yên Hòa, ngày … tháng … năm 2026"));
        Assert.That(VietnameseFormat.Upper("Phường Yên Hòa"), Is.EqualTo("PHƯỜNG YÊN HÒA"));
    }

    [TestCase(11 / 12.0, "91,7%")]
    [TestCase(1.0, "100%")]
    [TestCase(0.0, "0%")]
    [TestCase(0.5, "50%")]
    public void Shares_use_a_decimal_comma(double share, string expected) =>
        Assert.That(VietnameseFormat.Percent(share), Is.EqualTo(expected));

    [Test]
    public void Numbers_group_thousands_with_dots_and_reply_numbers_take_a_leading_zero()
    {
        Assert.That(VietnameseFormat.Number(1234567), Is.EqualTo("1.234.567"));
        Assert.That(VietnameseFormat.DocumentNumber(7), Is.EqualTo("07"));
        Assert.That(VietnameseFormat.DocumentNumber(123), Is.EqualTo("123"));
    }

    [Test]
    public void Csv_fields_are_quoted_when_needed_and_formulas_are_defused()
    {
        Assert.That(Csv.Field("Phòng Kinh tế, Hạ tầng và Đô thị"), Is.EqualTo("\"Phòng Kinh tế, Hạ tầng và Đô thị\""));
        Assert.That(Csv.Field("nói \"không\""), Is.EqualTo("\"nói \"\"không\"\"\""));
        Assert.That(Csv.Field("hai\ndòng"), Is.EqualTo("\"hai\ndòng\""));
        Assert.That(Csv.Field("=HYPERLINK(\"x\")"), Is.EqualTo("\"'=HYPERLINK(\"\"x\"\")\""));
        Assert.That(Csv.Field("@SUM(A1)"), Is.EqualTo("'@SUM(A1)"));
        Assert.That(Csv.Field(null), Is.EqualTo(""));
        var bytes = Csv.Write([["a", "b"]]);
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark for Excel");
    }

    [Test]
    public void The_format_parameter_wins_over_Accept_and_an_unknown_one_names_format()
    {
        OutputFormat[] offered = [OutputFormat.Json, OutputFormat.Docx, OutputFormat.Csv, OutputFormat.Html];

        Assert.That(OutputFormats.Resolve("CSV", Docx.ContentType, OutputFormat.Json, offered), Is.EqualTo(OutputFormat.Csv));
        Assert.That(OutputFormats.Resolve(null, Docx.ContentType, OutputFormat.Json, offered), Is.EqualTo(OutputFormat.Docx));
        Assert.That(OutputFormats.Resolve(null, "text/csv;q=0.5, application/json", OutputFormat.Json, offered), Is.EqualTo(OutputFormat.Json));
        Assert.That(OutputFormats.Resolve(null, "text/html,*/*", OutputFormat.Json, offered), Is.EqualTo(OutputFormat.Json), "HTML only on ?format=html");
        Assert.That(OutputFormats.Resolve(null, null, OutputFormat.Docx, OutputFormat.Docx, OutputFormat.Html), Is.EqualTo(OutputFormat.Docx));
        var unknown = Assert.Throws<ValidationException>(() => OutputFormats.Resolve("pdf", null, OutputFormat.Json, offered))!;
        Assert.That(unknown.Errors.Single().PropertyName, Is.EqualTo("format"));
        Assert.Throws<ValidationException>(() => OutputFormats.Resolve("1", null, OutputFormat.Json, offered));
        Assert.Throws<ValidationException>(() => OutputFormats.Resolve("csv", null, OutputFormat.Docx, OutputFormat.Docx, OutputFormat.Html));
    }
}

public sealed class EscalationTests
{
    private static readonly WorkingCalendar Calendar = new([new DateOnly(2026, 4, 26), new DateOnly(2026, 4, 27)], []);
    private static readonly DateOnly HeldOn = new(2026, 4, 10);
    private static readonly DateOnly Due = new(2026, 4, 20);
    private static readonly DateTimeOffset AtTheMeeting = new(2026, 4, 10, 17, 0, 0, TimeSpan.FromHours(7));

    private static IReadOnlyList<EscalationReason> Reasons(DateOnly today, DateOnly? repliedOn = null, bool referred = false, DateTimeOffset? createdAt = null) =>
        Escalation.Reasons(new EscalationFacts(CaseStatus.InProgress, Due, repliedOn, referred, createdAt ?? AtTheMeeting, HeldOn), today, Calendar);

    [Test]
    public void A_reply_is_on_time_only_before_the_due_date()
    {
        Assert.That(Escalation.Timeliness(Due, new DateOnly(2026, 4, 17)), Is.EqualTo(ReplyTimeliness.OnTime));
        Assert.That(Escalation.Timeliness(Due, Due), Is.EqualTo(ReplyTimeliness.Late));
        Assert.That(Escalation.Timeliness(Due, null), Is.EqualTo(ReplyTimeliness.NotReplied));
        Assert.That(Escalation.Label(ReplyTimeliness.OnTime), Is.EqualTo("Đúng hạn"));
        Assert.That(Escalation.Label(ReplyTimeliness.Late), Is.EqualTo("Quá hạn"));
        Assert.That(Escalation.Label(ReplyTimeliness.NotReplied), Is.EqualTo("Chưa trả lời"));
    }

    [Test]
    public void Reasons_follow_the_deadline_the_referral_and_when_the_case_came_in()
    {
        Assert.That(Reasons(new DateOnly(2026, 4, 13)), Is.Empty);
        Assert.That(Reasons(new DateOnly(2026, 4, 15)), Is.EqualTo(new[] { EscalationReason.AtRisk }));
        Assert.That(Reasons(Due), Is.EqualTo(new[] { EscalationReason.Overdue }));
        Assert.That(Reasons(new DateOnly(2026, 4, 21), repliedOn: Due), Is.EqualTo(new[] { EscalationReason.RepliedLate }));
        Assert.That(Reasons(new DateOnly(2026, 4, 21), repliedOn: new DateOnly(2026, 4, 16), referred: true), Is.EqualTo(new[] { EscalationReason.BeyondAuthority }));
    }

    [Test]
    public void A_case_entered_the_day_after_the_meeting_was_raised_at_it_later_ones_are_newly_arising()
    {
        var nextDayLate = new DateTimeOffset(2026, 4, 11, 23, 30, 0, TimeSpan.FromHours(7));
        // 17:30 UTC on the 11th is already the 12th in Hà Nội.
        var twoDaysLaterInHanoi = new DateTimeOffset(2026, 4, 11, 17, 30, 0, TimeSpan.Zero);

        Assert.That(Escalation.IsNewlyArising(AtTheMeeting, HeldOn), Is.False);
        Assert.That(Escalation.IsNewlyArising(nextDayLate, HeldOn), Is.False);
        Assert.That(Escalation.IsNewlyArising(twoDaysLaterInHanoi, HeldOn), Is.True);
        Assert.That(Reasons(new DateOnly(2026, 4, 13), createdAt: twoDaysLaterInHanoi), Is.EqualTo(new[] { EscalationReason.NewlyArising }));
    }
}
