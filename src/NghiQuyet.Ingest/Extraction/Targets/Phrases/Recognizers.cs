using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Ingest.Extraction.Targets.Phrases;

/// <summary>"65-70%", "từ 5% đến 7%" (the scanner found both bounds); a growth-rate context makes the unit "%/năm".</summary>
public sealed partial class RangeRecognizer : ITargetPhraseRecognizer
{
    [GeneratedRegex(@"\b(?:t[uiw]r?|tu)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex From();

    public PhraseMatch? Recognize(in FigureContext c)
    {
        if (c.Figure.ValueMax is null)
            return null;
        var from = From().Match(c.Before);
        var unit = c.Figure.Unit == "%" && PhrasePatterns.GrowthContext().IsMatch(PhrasePatterns.SinceLastFigure(c.Before)) ? "%/năm" : null;
        return new PhraseMatch(TargetOp.Range, from.Success ? from.Length : 0, 0, unit);
    }
}

/// <summary>"tăng bình quân hằng năm 9,9%", "tốc độ tăng trưởng bình quân 8%/năm" → growth_rate, unit "%/năm".</summary>
public sealed partial class GrowthRateRecognizer : ITargetPhraseRecognizer
{
    [GeneratedRegex(@"(?:\btr[eé]n|\bhon|\btoi thieu|\bit nhat|\bkhong duoi|\bt(?:u|ir|uw|w))" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex BoundBefore();

    public PhraseMatch? Recognize(in FigureContext c)
    {
        if (c.Figure.Unit is not ("%" or "%/năm"))
            return null;
        // "giảm bình quân mỗi năm 2,5%" is a yearly decrease, read by DecreaseByRecognizer.
        if (DecreaseByRecognizer.YearlyDecrease().IsMatch(c.Before) || DecreaseByRecognizer.DecreaseRightBefore().IsMatch(c.Before))
            return null;
        // "bình quân 9%/năm trở lên", "tăng tối thiểu 10%/năm", "tăng trên 10%/năm": a bound on the rate, read by the
        // at-least and more-than recognisers (the unit stays "%/năm").
        if (PhrasePatterns.OrMoreAfter().IsMatch(c.After) || BoundBefore().IsMatch(c.Before))
            return null;
        if (c.Figure.Unit == "%/năm" || PhrasePatterns.GrowthContext().IsMatch(PhrasePatterns.SinceLastFigure(c.Before)))
            return new PhraseMatch(TargetOp.GrowthRate, 0, 0, "%/năm");
        return null;
    }
}

/// <summary>A comparison word right before the figure, e.g. "dưới 10%" → "&lt;".</summary>
public abstract class WordBeforeRecognizer(TargetOp op, Regex pattern) : ITargetPhraseRecognizer
{
    public virtual PhraseMatch? Recognize(in FigureContext c)
    {
        var m = pattern.Match(c.Before);
        return m.Success ? new PhraseMatch(op, m.Length) : null;
    }
}

/// <summary>"tăng 70% so với năm 2025", "so với năm 2025 tăng: 19%" → increase_by.</summary>
public sealed partial class IncreaseByRecognizer() : WordBeforeRecognizer(TargetOp.IncreaseBy, Pattern())
{
    [GeneratedRegex(@"\bt[aiu]ng(?:\s+them)?(?:\s+(?:toi thieu|it nhat|tren|tu))?" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // "GRDP tăng từ 10% trở lên mỗi năm" is a yearly rate, not an increase over a base.
    public override PhraseMatch? Recognize(in FigureContext c) =>
        c.Figure.Unit is "%" or "lần" && !PhrasePatterns.YearlyAfter().IsMatch(PhrasePatterns.OrMoreAfter().Replace(c.After, "")) ? base.Recognize(c) : null;
}

/// <summary>"giảm tối thiểu 10% … so với nhiệm kỳ trước" → decrease_by ("giảm còn 5%" is a level, not a decrease).</summary>
public sealed partial class DecreaseByRecognizer() : WordBeforeRecognizer(TargetOp.DecreaseBy, Pattern())
{
    [GeneratedRegex(@"\bgiam\s+(?:binh quan\s+)?(?:h\w{1,2}ng|moi)\s+n\w{1,2}m\s*(?:tu|khoang|tren|:)?\s*$|\bgiam\s+binh quan\s*(?:tu|khoang|tren|:)?\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex YearlyDecrease();

    public override PhraseMatch? Recognize(in FigureContext c)
    {
        var yearly = YearlyDecrease().Match(c.Before);
        if (yearly.Success && c.Figure.Unit is "%" or "%/năm")
            return new PhraseMatch(TargetOp.DecreaseBy, yearly.Length, 0, "%/năm");
        return base.Recognize(c);
    }

    [GeneratedRegex(@"\bgiam(?:\s+(?:toi thieu|it nhat|tren|tu|binh quan))?\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex DecreaseRightBefore();

    [GeneratedRegex(@"\bgiam(?:\s+(?:toi thieu|it nhat|tren|tu|binh quan|binh quan hang nam|moi nam|hang nam))?(?:\s*:)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>"dưới 10%", "&lt; 10%", "thấp hơn 5%" → "&lt;".</summary>
public sealed partial class LessThanRecognizer() : WordBeforeRecognizer(TargetOp.LessThan, Pattern())
{
    [GeneratedRegex(@"(?<!\bkhong\s)(?:\bd[uw][od]i|\bduoi|<|\bit hon|\bthap hon|\bnho hon)" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>"không quá 5%", "tối đa 3", "≤ 2" → "&lt;=".</summary>
public sealed partial class AtMostRecognizer() : WordBeforeRecognizer(TargetOp.AtMost, Pattern())
{
    [GeneratedRegex(@"(?:\bkhong qua|\bkhong vuot qua|\bkhong (?:cao|lon|nhieu) hon|\btoi da|≤|<=)" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>"trên 70%", "&gt; 5.000 tỷ đồng", "hơn 90%" → "&gt;".</summary>
public sealed partial class MoreThanRecognizer() : WordBeforeRecognizer(TargetOp.MoreThan, Pattern())
{
    [GeneratedRegex(@"(?<!\bkhong\s)(?<!\bkhong (?:cao|lon|nhieu)\s)(?:\btr[eé]n|\b(?<!\b(?:thap|it)\s)hon|\bcao hon|\bvuot|(?<![<>=≥])>(?!=))" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>"từ 90% trở lên", "90% trở lên", "ít nhất", "tối thiểu", "≥" → "&gt;=".</summary>
public sealed partial class AtLeastRecognizer : ITargetPhraseRecognizer
{
    [GeneratedRegex(@"(?:\bt(?:u|ir|uw|w)|\bit nhat|\btoi thieu|\bkhong (?:it|thap) hon|≥|>=)" + PhrasePatterns.Gap + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    // "ít nhất mỗi đoàn thể 02 phong trào": the quantifier may stand a few words before the figure.
    [GeneratedRegex(@"\b(?:it nhat|toi thieu)(?:\s+[^\s\d%]+){1,3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Distant();

    public PhraseMatch? Recognize(in FigureContext c)
    {
        var before = Before().Match(c.Before);
        var after = PhrasePatterns.OrMoreAfter().Match(c.After);
        if (!before.Success && !after.Success && Distant().IsMatch(c.Before))
            return new PhraseMatch(TargetOp.AtLeast);
        if (!before.Success && !after.Success)
            return null;
        return new PhraseMatch(TargetOp.AtLeast, before.Success ? before.Length : 0, after.Success ? after.Length : 0);
    }
}

/// <summary>"duy trì 758 ha", "Duy trì 01 doanh nghiệp, 03 hợp tác xã", "rừng hiện có (13.858 ha)" → maintain.</summary>
public sealed partial class MaintainRecognizer : ITargetPhraseRecognizer
{
    [GeneratedRegex(@"\b(?:duy tri|giu vung)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Right();

    public PhraseMatch? Recognize(in FigureContext c)
    {
        var words = PhrasePatterns.MaintainWord().Matches(c.Before);
        if (words.Count == 0)
            return null;
        var last = words[^1];
        var rest = c.Before.AsSpan(last.Index + last.Length);
        if (rest.Length > 120 || PhrasePatterns.MaintainBreak().IsMatch(c.Before[(last.Index + last.Length)..]))
            return null;
        var right = Right().Match(c.Before);
        return new PhraseMatch(TargetOp.Maintain, right.Success ? right.Length : 0);
    }
}

/// <summary>A rank: "thuộc nhóm 10 tỉnh dẫn đầu", "top 20 địa phương" → "&lt;=" (within the first N).</summary>
public sealed partial class RankRecognizer() : WordBeforeRecognizer(TargetOp.AtMost, Pattern())
{
    [GeneratedRegex(@"\b(?:nhom|top|t\wp)\s*(?:dau\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public override PhraseMatch? Recognize(in FigureContext c) => c.Figure.IsCountUnit ? base.Recognize(c) : null;
}

/// <summary>A bare figure or "đạt 50%" → "=". Always matches: the end of the pipeline.</summary>
public sealed class EqualRecognizer : ITargetPhraseRecognizer
{
    public PhraseMatch? Recognize(in FigureContext c) => new PhraseMatch(TargetOp.Equal);
}
