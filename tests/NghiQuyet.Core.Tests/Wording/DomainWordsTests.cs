using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Wording;

/// <summary>
/// The one phrasing of a target, verdict, group and status that the web, the command line and the reviewer share
/// (issue 13: five places used to phrase an op, and "&gt; 6%" beside "trên 6%", "8 %/năm" beside "8%/năm").
/// </summary>
public sealed class DomainWordsTests
{
    [Theory]
    [InlineData(TargetOp.Equal, "52,5", null, "%", "52,5%")]
    [InlineData(TargetOp.AtLeast, "9589", null, "tấn", "≥ 9.589 tấn")]
    [InlineData(TargetOp.MoreThan, "60", null, "triệu đồng/người/năm", "> 60 triệu đồng/người/năm")]
    [InlineData(TargetOp.AtMost, "10", null, "%", "≤ 10%")]
    [InlineData(TargetOp.LessThan, "8", null, "%", "< 8%")]
    [InlineData(TargetOp.Range, "5", "7", "%/năm", "5–7%/năm")]
    [InlineData(TargetOp.GrowthRate, "9,9", null, "%/năm", "tăng bình quân 9,9%/năm")]
    [InlineData(TargetOp.IncreaseBy, "70", null, "%", "tăng 70%")]
    [InlineData(TargetOp.DecreaseBy, "2", null, "%/năm", "giảm 2%/năm")]
    [InlineData(TargetOp.Maintain, "758", null, "ha", "duy trì 758 ha")]
    [InlineData(TargetOp.Maintain, null, null, null, "duy trì")]
    [InlineData(TargetOp.Achieve, null, null, null, "đạt")]
    [InlineData(TargetOp.AtLeast, null, null, "%", "≥")]
    [InlineData(TargetOp.Equal, "12", null, null, "12")]
    public void A_target_reads_as_the_resolution_writes_it(TargetOp op, string? value, string? max, string? unit, string expected) =>
        Assert.Equal(expected, DomainWords.Target(op, Parse(value), Parse(max), unit));

    [Fact]
    public void In_a_sentence_a_strict_bound_is_said_in_words()
    {
        Assert.Equal("dưới 6%", DomainWords.Target(TargetOp.LessThan, 6, null, "%", strictInWords: true));
        Assert.Equal("trên 60 triệu đồng", DomainWords.Target(TargetOp.MoreThan, 60, null, "triệu đồng", strictInWords: true));
        Assert.Equal("≥ 90%", DomainWords.Target(TargetOp.AtLeast, 90, null, "%", strictInWords: true));
    }

    [Fact]
    public void Every_value_of_every_enum_has_its_words()
    {
        foreach (var op in Enum.GetValues<TargetOp>())
            Assert.False(string.IsNullOrWhiteSpace(DomainWords.OpChoice(op)), op.ToString());
        Assert.Equal(Enum.GetValues<TargetOp>().Length, Enum.GetValues<TargetOp>().Select(DomainWords.OpChoice).Distinct().Count());
        AllNamed<Verdict>(v => DomainWords.Verdict(v));
        AllNamed<PrintedVerdict>(v => DomainWords.Verdict(v));
        AllNamed<TrajectoryStatus>(DomainWords.Trajectory);
        AllNamed<TargetGroup>(DomainWords.Group);
        AllNamed<MeasurementStatus>(DomainWords.Status);
        AllNamed<ResolutionStatus>(DomainWords.Status);
        AllNamed<RevisionStatus>(DomainWords.Status);
        AllNamed<AuditAction>(DomainWords.Action);
        Assert.Equal(Enum.GetValues<TargetGroup>().Order(), DomainWords.Groups.Order());
    }

    [Fact]
    public void A_status_on_its_own_starts_with_a_capital() =>
        Assert.Equal(["Dự thảo", "Đã ban hành"], Enum.GetValues<ResolutionStatus>().Select(DomainWords.StatusTitle));

    /// <summary>Each value its own words, none left as the enum's English name.</summary>
    private static void AllNamed<T>(Func<T, string> words) where T : struct, Enum
    {
        var all = Enum.GetValues<T>().Select(v => (Value: v, Words: words(v))).ToList();
        foreach (var (value, text) in all)
            Assert.True(text.Length > 0 && text != value.ToString(), $"{typeof(T).Name}.{value} has no words");
        Assert.Equal(all.Count, all.Select(a => a.Words).Distinct().Count());
    }

    private static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
}
