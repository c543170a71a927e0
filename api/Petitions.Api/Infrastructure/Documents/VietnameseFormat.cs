using System.Globalization;

namespace Petitions.Api.Infrastructure.Documents;

/// <summary>
/// Dates, numbers and names the way Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP):
/// "16/04/2026", "ngày 16 tháng 4 năm 2026", "91,7%", "Số: 07/UBND-VP". Hand-written rather than taken from the
/// vi-VN culture so that the output does not depend on the ICU data of the machine.
/// </summary>
public static class VietnameseFormat
{
    private const string WardPrefix = "Phường ";

    /// <summary>"16/04/2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "";

    /// <summary>
    /// "ngày 16 tháng 4 năm 2026"; days below 10 and the months January and February take a leading zero
    /// ("ngày 05 tháng 01 năm 2026"), as Nghị định 30 asks.
    /// </summary>
    public static string LongDate(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}";

    /// <summary>"Yên Hòa, ngày 16 tháng 4 năm 2026"; an undated draft leaves the day and month blank.</summary>
    public static string PlaceAndDate(string place, DateOnly? date, int year) =>
        date is { } value ? $"{place}, {LongDate(value)}" : $"{place}, ngày … tháng … năm {year}";

    /// <summary>The ward as the place of issue: "Phường Yên Hòa" → "Yên Hòa".</summary>
    public static string Place(string wardName) =>
        wardName.StartsWith(WardPrefix, StringComparison.OrdinalIgnoreCase) ? wardName[WardPrefix.Length..].Trim() : wardName.Trim();

    /// <summary>Upper case that keeps the diacritics: "Phường Yên Hòa" → "PHƯỜNG YÊN HÒA".</summary>
    public static string Upper(string text) => text.ToUpper(CultureInfo.InvariantCulture);

    /// <summary>"1.234" (dot groups thousands).</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A share in 0..1 as "91,7%" (decimal comma, one decimal, none when whole: "100%").</summary>
    public static string Percent(double share)
    {
        var percent = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
        var text = percent % 1 == 0
            ? percent.ToString("0", CultureInfo.InvariantCulture)
            : percent.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        return text + "%";
    }

    /// <summary>A reply's number as the document writes it: 7 → "07" (numbers below 10 take a leading zero).</summary>
    public static string DocumentNumber(int number) => number.ToString("00", CultureInfo.InvariantCulture);
}
