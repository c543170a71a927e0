using System.Text.Json;
using Petitions.Api.Features.Notices;

namespace Petitions.Api.Tests.Notices;

/// <summary>The notice's appendix read into petitions and items, verbatim, whatever the layout it comes in.</summary>
public sealed class NoticeParserTests
{
    private static ParsedNotice FromText(string text) => NoticeParser.Parse(NoticeReader.FromText(text));

    private static ParsedNotice FromDocx(byte[] docx) => NoticeParser.Parse(NoticeReader.FromDocx(docx)!);

    /// <summary>Each petition and item exactly as the seeds hold them (the appendix, verbatim, typos kept).</summary>
    private static void AssertSeededAppendix(ParsedNotice notice)
    {
        var seeded = NoticeFiles.SeededPetitions();
        Assert.That(notice.Petitions, Has.Count.EqualTo(7));
        Assert.That(notice.Petitions.Sum(p => p.Items.Count), Is.EqualTo(12));
        Assert.That(notice.Unparsed, Is.Empty, string.Join("\n", notice.Unparsed));
        for (var i = 0; i < seeded.Count; i++)
        {
            var expected = seeded[i];
            var actual = notice.Petitions[i];
            var submitter = expected.GetProperty("submitter");
            Assert.That(actual.Number, Is.EqualTo(expected.GetProperty("number").GetInt32()));
            Assert.That(actual.Submitter.Name, Is.EqualTo(submitter.GetProperty("name").GetString()));
            Assert.That(actual.Submitter.Title, Is.EqualTo(submitter.GetProperty("title").GetString()));
            Assert.That(actual.Submitter.Organisation, Is.EqualTo(submitter.GetProperty("organisation").GetString()));
            Assert.That(actual.Submitter.Area, Is.EqualTo(submitter.GetProperty("area").GetString()));
            Assert.That(actual.LeadAgency, Is.EqualTo(expected.GetProperty("leadAgency").GetString()));
            Assert.That(actual.Items.Select(t => t.Text), Is.EqualTo(expected.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("text").GetString())));
        }
    }

    [Test]
    public void The_source_notice_as_text_gives_its_seven_petitions_and_twelve_items_and_its_session()
    {
        var notice = FromText(NoticeFiles.Source);

        AssertSeededAppendix(notice);
        Assert.That(notice.Session.HeldOn, Is.EqualTo(new DateOnly(2026, 4, 10)));
        Assert.That(notice.Session.ReplyDeadline, Is.EqualTo(new DateOnly(2026, 4, 20)), "the deadline of section 3, not the 30/4 or 15/4 of other tasks");
        Assert.That(notice.Session.Title, Is.EqualTo("Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm công tác quý II/2026"));
        Assert.That(notice.Session.Code, Is.EqualTo("2026-Q1"));
        Assert.That(notice.Petitions[0].Line, Is.EqualTo(NoticeFiles.Source.Split('\n').ToList().FindIndex(l => l.StartsWith("1.\t", StringComparison.Ordinal)) + 1));
    }

    [Test]
    public void The_source_notice_as_a_Word_file_with_a_real_table_gives_the_same()
    {
        var notice = FromDocx(NoticeFiles.Docx(NoticeFiles.Source));

        AssertSeededAppendix(notice);
        Assert.That(notice.Session.HeldOn, Is.EqualTo(new DateOnly(2026, 4, 10)));
        Assert.That(notice.Session.ReplyDeadline, Is.EqualTo(new DateOnly(2026, 4, 20)));
    }

    [Test]
    public void Items_typed_as_paragraphs_of_their_own_and_a_lead_agency_merged_down_the_column_read_the_same()
    {
        AssertSeededAppendix(FromDocx(NoticeFiles.Docx(NoticeFiles.Source, bulletsAsParagraphs: true, mergeLeadAgency: true)));
    }

    [Test]
    public void The_appendix_pasted_one_cell_a_line_with_a_split_header_and_numbers_without_dots_reads_the_same()
    {
        var lines = NoticeFiles.Appendix.Split('\n')
            .SelectMany(line => line.StartsWith("ST T", StringComparison.Ordinal) ? ["ST", "T", .. line.Split('\t')[1..]] : line.Split('\t'))
            .Select(cell => cell.Length is 2 or 3 && cell.EndsWith('.') ? cell.TrimEnd('.') : cell);

        AssertSeededAppendix(FromText(string.Join("\r\n", lines)));
    }

    [Test]
    public void A_notice_of_our_own_spreads_items_over_lines_shares_lines_and_leaves_out_an_area()
    {
        const string Text = """
            PHỤ LỤC
            STT	Tổ chức/Cá nhân kiến nghị	Nội dung kiến nghị	Cơ quan chủ trì	Ghi chú


            1
            Đ/c Trần Văn An - Tổ trưởng TDP số 7
            - Đề nghị sửa rãnh thoát nước ngõ 12
            phố Trung Kính, ngập sâu khi mưa
            - Tình trạng xe máy đỗ tràn vỉa hè - Đề nghị lắp biển cấm
            UBND phường
            Đã khảo sát
            Dòng thừa không thuộc cột nào
            	Đ/c Không Số - Tổ trưởng TDP số 8	- Đề nghị không có số thứ tự	UBND phường	
            2.	Đ/c Lê Thị Bích – Bí thư Chi bộ số 4 (Yên Hòa)	- Đề nghị kiểm tra an toàn thực phẩm chợ Yên Hòa		
            """;

        var notice = FromText(Text);

        Assert.That(notice.Petitions, Has.Count.EqualTo(2));
        var first = notice.Petitions[0];
        Assert.That(first.Submitter.Name, Is.EqualTo("Trần Văn An"));
        Assert.That(first.Submitter.Title, Is.EqualTo("Tổ trưởng TDP số 7"));
        Assert.That(first.Submitter.Organisation, Is.EqualTo("TDP số 7"));
        Assert.That(first.Submitter.Area, Is.Null);
        Assert.That(first.Items.Select(i => i.Text), Is.EqualTo(new[]
        {
            "Đề nghị sửa rãnh thoát nước ngõ 12 phố Trung Kính, ngập sâu khi mưa",
            "Tình trạng xe máy đỗ tràn vỉa hè",
            "Đề nghị lắp biển cấm",
        }));
        Assert.That(first.Note, Is.EqualTo("Đã khảo sát"));
        var second = notice.Petitions[1];
        Assert.That(second.Submitter.Organisation, Is.EqualTo("Chi bộ số 4"));
        Assert.That(second.Submitter.Area, Is.EqualTo("Yên Hòa"));
        Assert.That(second.LeadAgency, Is.EqualTo("UBND phường"), "an empty lead agency is the one above (a merged cell)");
        Assert.That(notice.Unparsed.Select(u => (u.Line, u.Reason)), Is.EqualTo(new[]
        {
            (12, NoticeParser.AfterNote),
            (13, NoticeParser.AfterNote),
            (13, NoticeParser.AfterNote),
            (13, NoticeParser.AfterNote),
        }));
        Assert.That(notice.Unparsed.Select(u => u.Text), Does.Contain("Dòng thừa không thuộc cột nào"));
    }

    [Test]
    public void A_Word_row_without_its_number_is_shown_as_unparsed_with_its_line_and_the_rest_still_read()
    {
        var text = NoticeFiles.Appendix.Replace("5.\tĐ/c Quách", "\tĐ/c Quách", StringComparison.Ordinal);

        var notice = FromDocx(NoticeFiles.Docx(text));

        Assert.That(notice.Petitions.Select(p => p.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 6, 7 }));
        Assert.That(notice.Unparsed.Select(u => u.Text), Is.EqualTo(new[] { "Đ/c Quách Văn Vinh - Tổ trưởng TDP số 23 (Yên Hòa)", "- Đề nghị đánh số nhà phố Học Phi", "UBND phường" }));
        Assert.That(notice.Unparsed.Select(u => u.Reason).Distinct(), Is.EqualTo(new[] { NoticeParser.NoNumber }));
        Assert.That(notice.Unparsed.Select(u => u.Line), Is.All.GreaterThan(0));
    }

    [Test]
    public void A_text_without_the_appendix_table_is_not_a_notice()
    {
        Assert.That(FromText("Biên bản họp tổ dân phố\nNgày 10/4/2026").HasAppendix, Is.False);
        Assert.That(NoticeReader.FromDocx([0x50, 0x4B, 3, 4, 0, 0]), Is.Null);
    }

    [TestCase("Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)", "Nguyễn Bảo Bình", "Tổ trưởng TDP số 19", "TDP số 19", "Trung Hòa")]
    [TestCase("Đ/c Mai Văn Khánh - Bí thư Chi bộ 13 (Yên Hòa)", "Mai Văn Khánh", "Bí thư Chi bộ 13", "Chi bộ 13", "Yên Hòa")]
    [TestCase("Đồng chí Phạm Hà, Phó Bí thư Chi bộ số 2", "Phạm Hà", "Phó Bí thư Chi bộ số 2", "Chi bộ số 2", null)]
    [TestCase("Đ/c Vũ Minh - Trưởng ban công tác Mặt trận khu dân cư số 5 (Trung Hòa)", "Vũ Minh", "Trưởng ban công tác Mặt trận khu dân cư số 5", "Ban công tác Mặt trận khu dân cư số 5", "Trung Hòa")]
    public void A_submitter_splits_into_name_title_organisation_and_area(string text, string name, string title, string organisation, string? area)
    {
        var submitter = NoticeParser.SplitSubmitter(text);

        Assert.That((submitter.Name, submitter.Title, submitter.Organisation, submitter.Area), Is.EqualTo((name, title, organisation, area)));
    }

    [Test]
    public void The_source_text_read_back_as_JSON_keeps_Vietnamese_in_NFC()
    {
        var notice = FromText(NoticeFiles.Source.Normalize(System.Text.NormalizationForm.FormD));

        Assert.That(JsonSerializer.Serialize(notice.Petitions[0].Items[0].Text), Does.Contain("\\u1EC1").Or.Contain("ề"));
        AssertSeededAppendix(notice);
    }
}
