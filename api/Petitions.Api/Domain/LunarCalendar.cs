namespace Petitions.Api.Domain;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone (UTC+7) by Hồ Ngọc Đức's algorithm:
/// new moons and the sun's longitude from Jean Meeus, "Astronomical Algorithms" (1998); a month starts on the day of
/// its new moon, month 11 holds the winter solstice, and in a 13-month year the first month without a major solar
/// term is the leap month.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZone = 7;
    private const double SynodicMonth = 29.530588853;
    private const double FirstNewMoonOf1900 = 2415021.076998695;

    // DateOnly's day number 0 is 1 January of year 1 (proleptic Gregorian), Julian day 1721426.
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>The solar date of day <paramref name="day"/> of lunar month <paramref name="month"/> (not leap) of lunar year <paramref name="year"/>.</summary>
    public static DateOnly ToSolar(int day, int month, int year)
    {
        var (a11, b11) = month < 11 ? (Month11(year - 1), Month11(year)) : (Month11(year), Month11(year + 1));
        var k = Floor(0.5 + ((a11 - FirstNewMoonOf1900) / SynodicMonth));
        var offset = month - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        // A year of 13 months: the months from the leap one on start one new moon later.
        if (b11 - a11 > 365 && offset >= LeapMonthOffset(a11))
        {
            offset++;
        }

        var monthStart = NewMoonDay(k + offset);
        return DateOnly.FromDayNumber(monthStart + day - 1 - JulianDayOfDayNumberZero);
    }

    /// <summary>Mùng 1 Tết: the first day of the lunar year that begins in <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(1, 1, year);

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static int Floor(double value) => (int)Math.Floor(value);

    /// <summary>The day (Julian day number, local) of the k-th new moon after 1 January 1900.</summary>
    private static int NewMoonDay(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return Floor(jd1 + c1 - deltaT + 0.5 + (TimeZone / 24));
    }

    /// <summary>Which twelfth of the ecliptic (0–11, 30° each) the sun is in at the start of the local day.</summary>
    private static int SunLongitudeSector(int julianDay)
    {
        var t = (julianDay - 0.5 - (TimeZone / 24) - 2451545.0) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Floor(l / (Math.PI * 2));
        return Floor(l / Math.PI * 6);
    }

    /// <summary>The start of lunar month 11 (the winter solstice's) of <paramref name="year"/>.</summary>
    private static int Month11(int year)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes, in a 13-month year starting at <paramref name="a11"/>.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = Floor(((a11 - FirstNewMoonOf1900) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }
}
