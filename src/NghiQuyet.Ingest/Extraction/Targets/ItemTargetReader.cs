using System.Text.RegularExpressions;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Ingest.Extraction.Structure;
using NghiQuyet.Ingest.Extraction.Targets.Phrases;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// One item of the targets section → its targets, one per figure: op and unit from the phrase around the figure, name
/// from the words before it (or after it, when the figure comes first: "100% hồ sơ … được số hóa"), completed from the
/// item's title or the enclosing figure where the words alone say too little ("Thịt hơi: 550 tấn").
/// An item with no figure at all ("Duy trì xã đạt Bộ tiêu chí quốc gia về y tế xã") is one target with no value.
/// </summary>
public sealed partial class ItemTargetReader(TargetPhrasePipeline pipeline, int defaultYear, bool ocr, BareNumbers bare = BareNumbers.Skip)
{
    [GeneratedRegex(@"\b(?:den|toi|vao)\s+n\w{1,2}m\s+(20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:duoc|dat|co|tham gia|su dung|hoan thanh|xep loai|duy tri)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Predicate();

    [GeneratedRegex(@"^[\s\-+•*,]*(h\w{1,2}ng n\w{1,2}m|moi n\w{1,2}m)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EveryYear();

    [GeneratedRegex(@"(?:\bva|\bhoac|,)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Connective();

    [GeneratedRegex(@"\b(?:duy tri|giu vung)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MaintainWord();

    [GeneratedRegex(@"\b(?:dat chuan|dat|hoan thanh|xay dung|tro thanh|giu)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AchieveWord();

    private sealed record Found(Figure Figure, int Clause, PhraseMatch Phrase, NameText Name, bool FigureFirst);

    public List<ExtractedTarget> Read(TargetItem item, List<string> warnings)
    {
        var paragraph = Paragraph.Build(item.Lines, ocr);
        var text = paragraph.Text;
        var clauseFigures = paragraph.Clauses
            .Select(c => FigureScanner.Scan(text, c.Start, c.End, ocr, bare))
            // "03 sản phẩm OCOP đạt tiêu chuẩn 03 sao", "100% … đi lại được 4 mùa": beside a figure with a known unit,
            // a number followed by an unknown word is part of the name.
            .Select(fs => fs.Any(f => !f.UnknownUnit) ? fs.Where(f => !f.UnknownUnit).ToList() : fs)
            .ToList();
        // An item of a targets list says its unit even when nobody listed it: kept as printed, and said.
        foreach (var f in clauseFigures.SelectMany(f => f).Where(f => f.UnknownUnit))
            warnings.Add(string.Format(Core.Messages.UnknownUnitKept, paragraph.LineAt(f.Start), f.Unit));
        var targets = new List<ExtractedTarget>();
        if (clauseFigures.All(f => f.Count == 0))
        {
            if (NoFigure(item, paragraph) is { } lone)
                targets.Add(lone);
            else if (Regex.IsMatch(text.Folded, @"\d") && !Regex.IsMatch(text.Folded, @"^\D*(?:20\d\d\D*)*$"))
                warnings.Add(string.Format(Core.Messages.TargetLineSkipped, item.Lines[0].Number, Shorten(text.Original)));
            return targets;
        }

        NameText title = NameText.Empty;
        // "Cơ cấu kinh tế: nông, lâm nghiệp 20%, công nghiệp 35% …": a list title before ":" is shared by its items.
        var listTitle = false;
        var firstWithFigure = clauseFigures.FindIndex(f => f.Count > 0);
        if (firstWithFigure > 0)
            title = NameText.Of(text, paragraph.Clauses[0].Start, paragraph.Clauses[0].End).Clean(false);
        else
        {
            // "(3) Sản lượng … chủ yếu: Sản lượng quy thóc: 2.300 tấn" — a lead ending in ":" before the first figure.
            var (s, _) = paragraph.Clauses[0];
            var firstFigure = clauseFigures[0][0];
            var lead = text.Original[s..firstFigure.Start];
            var colon = lead.IndexOf(':');
            if (colon > 0 && NameText.Of(text, s, s + colon).TokenCount >= 4 && NameText.Of(text, s + colon + 1, firstFigure.Start).Clean(false).TokenCount >= 1)
            {
                title = NameText.Of(text, s, s + colon).Clean(false);
                listTitle = true;
            }
        }

        var found = new List<Found>();
        for (var ci = 0; ci < paragraph.Clauses.Count; ci++)
        {
            var (cs, ce) = paragraph.Clauses[ci];
            var figures = clauseFigures[ci];
            var phrases = figures.Select(f => pipeline.Recognize(new FigureContext(f, text.Folded[cs..f.Start], text.Folded[f.End..ce]))).ToList();
            var previousFirst = false;
            NameText? carried = null;
            for (var fi = 0; fi < figures.Count; fi++)
            {
                var f = figures[fi];
                var phrase = phrases[fi];
                // "giảm từ 12% xuống còn 4%", "tăng từ 60% lên 80%": the first figure is the baseline, never a target;
                // the second keeps its name.
                var baseline = fi + 1 < figures.Count && BaselineFrom().IsMatch(text.Folded.AsSpan(cs, f.Start - cs))
                    && figures[fi + 1].Start >= f.End && BaselineTo().IsMatch(text.Folded.AsSpan(f.End, figures[fi + 1].Start - f.End));
                var segStart = fi > 0 ? Math.Min(f.Start, figures[fi - 1].End + phrases[fi - 1].AfterLength) : cs;
                var segEnd = fi + 1 < figures.Count ? figures[fi + 1].Start - phrases[fi + 1].BeforeLength : ce;
                segEnd = Math.Max(segEnd, f.End);
                var keepBase = phrase.Op is TargetOp.IncreaseBy or TargetOp.DecreaseBy;
                var beforeEnd = Math.Max(segStart, f.Start - phrase.BeforeLength);
                var beforeRaw = NameText.Of(text, segStart, beforeEnd);
                var before = beforeRaw.Clean(keepBase).Innermost();
                var afterStart = Math.Min(segEnd, f.End + phrase.AfterLength);
                var afterRaw = NameText.Of(text, afterStart, segEnd);
                // "đạt 8.500 USD/người, phát triển kinh tế số": words after a comma are the next item, not this one's name.
                // "35 giường bệnh/vạn dân và tỷ lệ …": nor are words after "và", which start the next figure's subject.
                var after = afterRaw.Folded.StartsWith(',') || NextSubject().IsMatch(afterRaw.Folded) ? NameText.Empty : afterRaw.Clean(keepBase);
                // "… tổ chức cơ sở đảng và từ 90% trở lên đảng viên …": the words before belong to the previous figure.
                var coordinated = previousFirst && Connective().IsMatch(beforeRaw.Folded);
                // "…, đóng góp khoảng 60-62% GRDP": a second predicate of the subject the clause already named.
                var elliptical = fi > 0 && PredicateStart().IsMatch(before.Folded);
                // "100% xã đạt chuẩn …, trong đó 40% xã đạt chuẩn … nâng cao": a sub-figure is named by the words after it.
                var subFigure = fi > 0 && SubFigureLead().IsMatch(beforeRaw.Folded) && after.TokenCount >= 2;
                if (subFigure)
                    before = NameText.Empty;
                // "Giảm tối thiểu 10% số vụ việc …", "kéo giảm ít nhất 5% …": a verb and a bound alone before the figure.
                var verbOnly = !elliptical && VerbAndBound().IsMatch(before.Folded) && after.TokenCount >= 2;
                if (verbOnly)
                    before = NameText.Empty;
                var figureFirst = subFigure || verbOnly || !elliptical && (before.TokenCount < 3 || coordinated
                    // "(24) Chỉ tiêu về …: 100% tổ chức …" — the words before are the item's title.
                    || (after.TokenCount >= 3 && (beforeRaw.Folded.TrimEnd().EndsWith(':') || before.Folded.StartsWith("chi tieu", StringComparison.Ordinal))));
                if (figureFirst && before.TokenCount >= 3 && title.IsEmpty && !Connective().IsMatch(beforeRaw.Folded))
                    title = before;
                var name = figureFirst ? (before.TokenCount < 3 && !coordinated ? before.Append(after) : after) : before;
                if (figureFirst && fi + 1 < figures.Count && Connective().IsMatch(afterRaw.Folded))
                {
                    // "từ 90% trở lên tổ chức cơ sở đảng và từ 90% trở lên đảng viên được đánh giá …": both share the predicate.
                    var nextAfter = NameText.Of(text, figures[fi + 1].End + phrases[fi + 1].AfterLength, fi + 2 < figures.Count ? figures[fi + 2].Start : ce);
                    var p = Predicate().Match(nextAfter.Folded);
                    if (p.Success)
                        name = name.Append(new NameText(nextAfter.Original[p.Index..], nextAfter.Folded[p.Index..]).Clean(false));
                }
                // "di dời 50% căn nhà trên và ven kênh rạch", "chiếm 30% GRDP": the words after a share say what it is a share of.
                if (f.Unit == "%" && !figureFirst && after.TokenCount is >= 1 and <= 12 && !NewPredicate().IsMatch(afterRaw.Folded))
                    name = name.Append(QualifierOf(after));
                // "đạt 12 bác sĩ/1 vạn dân": a per-population unit names what it counts.
                if ((name.TokenCount == 0 || (figureFirst && before.TokenCount < 3 && after.TokenCount == 0 && f.Unit is { } pu && PerPopulation().IsMatch(NameText.Literal(pu).Folded)))
                    && f.Unit is { } perUnit && perUnit.Contains('/') && !perUnit.StartsWith('%') && char.IsLetter(perUnit[0]))
                    name = NameText.Literal("Số " + perUnit);
                if (f.Unit == "%" && figureFirst && !listTitle && !name.Folded.StartsWith("ty le", StringComparison.Ordinal) && !name.Folded.StartsWith("so ", StringComparison.Ordinal))
                    name = NameText.Literal("Tỷ lệ").Append(name);
                else if (f.IsCountUnit && f.Unit is { } unit && !name.Contains(NameText.Literal(unit).Folded))
                {
                    if (figureFirst)
                        name = NameText.Literal("Số " + unit).Append(name);
                    else if (!Classifiers.Contains(unit) && !afterRaw.Folded.TrimStart().StartsWith('(') && (name.TokenCount < 5 || after.TokenCount > 0))
                        // "Thành lập mới 03 doanh nghiệp", "kết nạp 30 đảng viên mới": the counted thing completes the name.
                        name = name.Append(NameText.Literal(unit)).Append(after.TokenCount <= 10 ? after : NameText.Empty);
                }
                // "Hằng năm, 100% …": an every-year target keeps the words, at the end of its name.
                if (EveryYear().Match(beforeRaw.Folded) is { Success: true } every && !name.Folded.Contains(every.Groups[1].Value, StringComparison.Ordinal))
                {
                    var words = NameText.Of(text, segStart + every.Groups[1].Index, segStart + every.Groups[1].Index + every.Groups[1].Length);
                    name = name.Append(new NameText(words.Original.ToLowerInvariant(), words.Folded));
                }
                if (carried is { } baseName)
                {
                    name = baseName;
                    carried = null;
                }
                if (baseline)
                {
                    carried = name;
                    previousFirst = figureFirst;
                    continue;
                }
                found.Add(new Found(f with { Unit = phrase.Unit ?? f.Unit }, ci, phrase, name, figureFirst));
                previousFirst = figureFirst;
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            var x = found[i];
            var name = x.Name;
            var parent = ParentOf(found, i, text.Original);
            if (parent is not null)
                name = parent.Name.Append(name, ": ");
            else if (listTitle && !IndicatorHead().IsMatch(name.Folded) && !name.Folded.Contains(title.Folded, StringComparison.Ordinal))
                name = title.Append(name, ": ");
            else if (i > 0 && found[i - 1].Clause == x.Clause && !x.FigureFirst && IsElliptical(name, x, found[i - 1]))
                // "tỷ lệ hộ nghèo giảm 2%/năm, đồng bào dân tộc giảm 3%/năm"; "đạt 710 nghìn tỷ đồng, tăng bình quân 14-15%/năm":
                // the second figure leaves out the subject the first one named.
                name = SubjectOf(found[i - 1].Name).Append(name);
            else if (name.Clean(false).TokenCount < 3 + (x.Figure.IsCountUnit ? 1 : 0))
            {
                // "Thịt hơi: 550 tấn" under "Sản lượng …:"; ", tăng 75% so với năm 2025" after the figure it compares.
                if (!title.IsEmpty)
                    name = title.Append(name, ": ");
                else if (i > 0 && found[i - 1].Clause == x.Clause)
                    name = found[i - 1].Name.Append(name, ", ");
            }
            var (cs, ce) = paragraph.Clauses[x.Clause];
            var folded = text.Folded[cs..ce];
            var group = GroupClassifier.Resolve(item.HeadingGroups, (title.Folded + " " + name.Folded));
            targets.Add(new ExtractedTarget(
                item.Label,
                group,
                name.Display(),
                x.Phrase.Op,
                x.Figure.Value,
                x.Figure.ValueMax,
                x.Figure.Unit,
                YearOf(folded),
                paragraph.LineAt(x.Figure.Start)));
        }
        return targets;
    }

    // After a share, what starts a new predicate, a standard ("theo chuẩn …") or a time is not what the share is of.
    [GeneratedRegex(@"^[\s,;:\-]*(?:va|hoac|tang|giam|dat|so voi|tro len|tuong duong|trong do|theo|trong|tai|vao|den|nam|/)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NewPredicate();

    [GeneratedRegex(@"^(?:tang|giam|dat|chiem|dong gop|bang|tuong duong|gap)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateStart();

    [GeneratedRegex(@"/\s*(?:1\s+)?(?:van|nghin|ngan|tram|10\.000|1\.000)?\s*(?:dan|nguoi dan)\b|/\s*(?:1\s+)?v\w{1,2}n d\w{1,2}n", RegexOptions.CultureInvariant)]
    private static partial Regex PerPopulation();

    [GeneratedRegex(@"^(?:k\w{1,2}o\s+)?(?:gi\w{1,2}m|t\w{1,2}ng|ha)(?:\s+(?:t\w{1,2}i thi\w{1,2}u|\w{1,2}t nh\w{1,2}t|tr\w{1,2}n|h\w{1,2}n|kho\w{1,2}ng|t\w{1,2}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbAndBound();

    [GeneratedRegex(@"\b(?:t\w{1,2}ng|gi\w{1,2}m|n\w{1,2}ng|ha)\s+(?:tu|t\w)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BaselineFrom();

    [GeneratedRegex(@"^\s*(?:%|[^\d;,]{0,20}?)?\s*(?:xu\w{1,2}ng|l\w{1,2}n)(?:\s+(?:con|den|muc|tren|duoi))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BaselineTo();

    [GeneratedRegex(@"\btrong do\s*[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SubFigureLead();

    [GeneratedRegex(@"^\s*(?:va|hoac)\s", RegexOptions.CultureInvariant)]
    private static partial Regex NextSubject();

    // Classifiers count without naming ("tổng đàn gia súc 15.000 con"): the name already says what is counted.
    private static readonly HashSet<string> Classifiers = new(StringComparer.Ordinal) { "con", "cái", "chiếc" };

    [GeneratedRegex(@"^(?:ty le|ty trong|toc do|tong|thu|so|gia tri|grdp|gdp|san luong|dien tich|kim ngach|von|quy mo|nang suat|muc|chi so|thu nhap|nguon|ket nap|lao dong|dan so)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorHead();

    [GeneratedRegex(@"\s(?:tang(?! truong)|giam|dat|chiem|dong gop)\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPredicate();

    private static bool IsElliptical(NameText name, Found x, Found previous) =>
        PredicateStart().IsMatch(name.Folded)
        || (name.TokenCount <= 8 && x.Phrase.Op == previous.Phrase.Op && !IndicatorHead().IsMatch(name.Folded) && IndicatorHead().IsMatch(previous.Name.Folded));

    /// <summary>The subject of a name: the words before its predicate ("Tỷ lệ hộ nghèo" of "Tỷ lệ hộ nghèo giảm").</summary>
    private static NameText SubjectOf(NameText name)
    {
        var m = TrailingPredicate().Match(name.Folded);
        return m.Success && m.Index > 0 ? new NameText(name.Original[..m.Index], name.Folded[..m.Index]) : name;
    }

    /// <summary>The qualifier after a share, up to a comma or a bracket.</summary>
    private static NameText QualifierOf(NameText after)
    {
        var cut = after.Original.IndexOfAny([',', '(', ';']);
        return cut > 0 ? new NameText(after.Original[..cut].TrimEnd(), after.Folded[..cut].TrimEnd()) : after;
    }

    /// <summary>"… 9.589 ha (trong đó: cây ăn quả 1.229 ha; …)": the figure before the "(" that encloses this one.</summary>
    private static Found? ParentOf(List<Found> found, int index, string text)
    {
        var pos = found[index].Figure.Start;
        var depth = 0;
        for (var i = pos - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(')
            {
                if (depth == 0)
                {
                    for (var j = index - 1; j >= 0; j--)
                        if (found[j].Figure.End <= i)
                            return found[j];
                    return null;
                }
                depth--;
            }
        }
        return null;
    }

    private ExtractedTarget? NoFigure(TargetItem item, Paragraph paragraph)
    {
        var folded = paragraph.Text.Folded;
        TargetOp op;
        if (MaintainWord().IsMatch(folded)) op = TargetOp.Maintain;
        else if (AchieveWord().IsMatch(folded)) op = TargetOp.Achieve;
        else return null;
        var (s, e) = paragraph.Clauses[0];
        var name = NameText.Of(paragraph.Text, s, e).Clean(false);
        if (name.TokenCount < 3)
            return null;
        var group = GroupClassifier.Resolve(item.HeadingGroups, name.Folded);
        return new ExtractedTarget(item.Label, group, name.Display(), op, null, null, null, YearOf(folded), item.Lines[0].Number);
    }

    private int YearOf(string folded)
    {
        var year = defaultYear;
        foreach (Match m in YearPattern().Matches(folded))
        {
            var y = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (y > defaultYear - 10 && y <= defaultYear + 10)
                year = y;
        }
        return year;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
