using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Text;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("9.589", 9589)]
    [InlineData("36,5", 36.5)]
    [InlineData("1.052,4", 1052.4)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("177.855", 177855)]
    [InlineData("33,0", 33)]
    [InlineData("33.0", 33)]
    [InlineData("1,99", 1.99)]
    [InlineData("05", 5)]
    [InlineData("0", 0)]
    [InlineData("-2,5", -2.5)]
    public void Parses_vietnamese_numbers(string text, double expected)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("36,5,1")]
    [InlineData("1.23.4")]
    [InlineData("abc")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("12.34,5")]
    public void Rejects_malformed(string text) => Assert.False(VietnameseNumber.TryParse(text, out _));

    [Theory]
    [InlineData(36.5, "36,5")]
    [InlineData(9589, "9.589")]
    [InlineData(1052.4, "1.052,4")]
    [InlineData(100, "100")]
    public void Formats_for_vietnamese_readers(double value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format((decimal)value));

    [Fact]
    public void A_typed_field_is_none_when_blank_the_number_when_readable_else_the_message_quoting_it()
    {
        Assert.Equal(Result<decimal?>.Ok(null), VietnameseNumber.Read("  "));
        Assert.Equal(Result<decimal?>.Ok(9589m), VietnameseNumber.Read(" 9.589 "));
        Assert.Equal(string.Format(Messages.FigureInvalid, "9,5,8"), VietnameseNumber.Read(" 9,5,8 ").Error);
    }
}

public class VietnameseFoldTests
{
    [Theory]
    [InlineData("Tỷ lệ hộ nghèo", "ty le ho ngheo")]
    [InlineData("ĐẢNG BỘ  XÃ\u00a0Mường Lầm", "dang bo xa muong lam")]
    [InlineData("Ty\u0309 le\u0323", "ty le")]
    public void Folds_tones_case_and_space(string text, string expected) => Assert.Equal(expected, VietnameseFold.Fold(text));
}
