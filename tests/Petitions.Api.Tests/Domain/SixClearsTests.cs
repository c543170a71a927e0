using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

/// <summary>Hanoi's "6 rõ" in the one wording the documents print.</summary>
public sealed class SixClearsTests
{
    [Test]
    public void The_six_come_in_their_order_with_their_values_and_in_one_line()
    {
        var clears = SixClears.Of("Phạm Đức Anh", "Nạo vét", "20/04/2026", "Trưởng phòng", "Cống thông", "Chủ tịch UBND phường");

        Assert.That(clears.Select(c => c.Clear), Is.EqualTo(new[] { "rõ người", "rõ việc", "rõ thời gian", "rõ trách nhiệm", "rõ sản phẩm (kết quả)", "rõ thẩm quyền" }));
        Assert.That(SixClears.Lead + SixClears.Line(clears), Is.EqualTo(
            "Sáu rõ: rõ người: Phạm Đức Anh; rõ việc: Nạo vét; rõ thời gian: 20/04/2026; rõ trách nhiệm: Trưởng phòng; " +
            "rõ sản phẩm (kết quả): Cống thông; rõ thẩm quyền: Chủ tịch UBND phường"));
        Assert.That(SixClears.All.Select(SixClears.Heading), Is.EqualTo(new[] { "Rõ người", "Rõ việc", "Rõ thời gian", "Rõ trách nhiệm", "Rõ sản phẩm (kết quả)", "Rõ thẩm quyền" }));
    }

    [Test]
    public void A_case_without_an_assignment_has_none_and_one_assigned_before_authority_was_asked_says_so()
    {
        Assert.That(SixClears.Of(null, null, "20/04/2026", null, null, null), Is.Empty, "a due date alone is no assignment");
        var old = SixClears.Of("Phạm Đức Anh", "Nạo vét", "20/04/2026", "Trưởng phòng", "Cống thông", null);
        Assert.That(old[^1], Is.EqualTo(("rõ thẩm quyền", "chưa ghi")));
    }
}
