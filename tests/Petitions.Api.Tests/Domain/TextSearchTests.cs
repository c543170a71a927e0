using Petitions.Api.Domain;

namespace Petitions.Api.Tests.Domain;

public sealed class TextSearchTests
{
    [TestCase("Úng ngập", "ung ngap")]
    [TestCase("ĐƯỜNG Nguyễn Thị Duệ", "duong nguyen thi due")]
    [TestCase("  Vũ Phạm Hàm -\tTrần Kim Xuyên ", "vu pham ham - tran kim xuyen")]
    public void Folding_drops_case_diacritics_and_extra_spaces(string text, string folded) =>
        Assert.That(TextSearch.Fold(text), Is.EqualTo(folded));

    [Test]
    public void Composed_and_decomposed_Vietnamese_fold_alike() =>
        Assert.That(TextSearch.Fold("Hòa".Normalize(System.Text.NormalizationForm.FormD)), Is.EqualTo(TextSearch.Fold("Hòa")));
}
