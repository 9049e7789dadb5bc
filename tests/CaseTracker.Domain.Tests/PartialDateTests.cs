using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2020", 2020, null, null, DatePrecision.Year)]
    [InlineData("2020-06", 2020, 6, null, DatePrecision.Month)]
    [InlineData("2020-06-07", 2020, 6, 7, DatePrecision.Day)]
    [InlineData("--06-07", null, 6, 7, DatePrecision.Day)]
    public void Each_of_the_four_forms_parses_to_its_parts_and_precision_and_prints_back_unchanged(
        string text, int? year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.TryParse(text, out var error);

        Assert.NotNull(date);
        Assert.Null(error);
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.Value);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Surrounding_whitespace_is_ignored()
    {
        Assert.Equal("2020-06-07", PartialDate.TryParse("  2020-06-07 ", out _)?.Value);
    }

    [Fact]
    public void The_29th_of_February_without_a_year_is_possible()
    {
        Assert.Equal("--02-29", PartialDate.TryParse("--02-29", out _)?.Value);
    }

    [Fact]
    public void The_29th_of_February_exists_only_in_leap_years()
    {
        Assert.NotNull(PartialDate.TryParse("2020-02-29", out _));

        Assert.Null(PartialDate.TryParse("2021-02-29", out var error));
        Assert.Contains("has 28 days, so there is no day", error);
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2020-13-01")]
    [InlineData("--13-01")]
    [InlineData("2020-00")]
    public void A_month_that_does_not_exist_is_refused(string text)
    {
        Assert.Null(PartialDate.TryParse(text, out var error));
        Assert.Contains("month", error);
    }

    [Theory]
    [InlineData("2020-06-31")]
    [InlineData("--04-31")]
    [InlineData("2020-06-00")]
    [InlineData("0000")]
    public void A_day_or_year_that_does_not_exist_is_refused(string text)
    {
        Assert.Null(PartialDate.TryParse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("June 7")]
    [InlineData("7 June 2020")]
    [InlineData("2020-6-7")]
    [InlineData("20200607")]
    [InlineData("06-07")]
    [InlineData("--06")]
    [InlineData("2020-06-07T10:00")]
    public void Text_of_another_shape_is_refused_with_the_expected_forms(string? text)
    {
        Assert.Null(PartialDate.TryParse(text, out var error));
        Assert.Equal("write it as YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown", error);
    }

    [Fact]
    public void A_year_inferred_flag_is_kept_only_when_there_is_a_year()
    {
        Assert.True(PartialDate.TryParse("2020-06-07", out _, yearInferred: true)!.YearInferred);
        Assert.False(PartialDate.TryParse("--06-07", out _, yearInferred: true)!.YearInferred);
        Assert.True(PartialDate.TryParse("--06-07", out _, approximate: true)!.Approximate);
    }

    [Theory]
    [InlineData("2020-06-08", "2020-06-07", true)]
    [InlineData("2020-06-07", "2020-06-07", false)]
    [InlineData("2020-06", "2020-06-15", false)]
    [InlineData("2020-07", "2020-06-30", true)]
    [InlineData("2021", "2020-12-31", true)]
    [InlineData("2020", "2020-01-01", false)]
    [InlineData("--12-31", "2020-01-01", false)]
    public void A_date_is_in_the_future_only_when_even_its_earliest_day_is_after_today(string text, string today, bool inFuture)
    {
        Assert.Equal(inFuture, Given.Date(text)!.IsInFutureOf(DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2020-06", "2020-06-07", true)]
    [InlineData("2020", "2020-06-07", true)]
    [InlineData("--06-07", "2020-06-07", true)]
    [InlineData("--06-07", "2021-06", true)]
    [InlineData("2020-06-07", "2020-06-07", true)]
    [InlineData("2020-06-07", "2020-06-08", false)]
    [InlineData("--06-07", "2020-07-07", false)]
    [InlineData("2019", "2020-06", false)]
    [InlineData("2020-05", "2020-06-07", false)]
    public void Two_readings_are_compatible_when_no_known_part_differs(string a, string b, bool compatible)
    {
        Assert.Equal(compatible, Given.Date(a)!.IsCompatibleWith(Given.Date(b)!));
        Assert.Equal(compatible, Given.Date(b)!.IsCompatibleWith(Given.Date(a)!));
    }
}
