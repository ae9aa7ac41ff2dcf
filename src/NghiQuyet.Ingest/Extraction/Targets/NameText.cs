using System.Text;
using System.Text.RegularExpressions;

namespace NghiQuyet.Ingest.Extraction.Targets;

/// <summary>
/// A piece of an indicator's name in both forms (original and folded, same length), trimmed of the words that are not
/// part of the indicator: markers, "Phấn đấu", "Đến năm 2030,", trailing "đạt", ":", the deadline, the comparison base.
/// </summary>
public readonly partial record struct NameText(string Original, string Folded)
{
    public static readonly NameText Empty = new("", "");

    // Made once: a params array would be built for every name.
    private static readonly char[] DisplayTrim = [' ', ',', ';', ':', '.', '-', '+'];
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex(@"^(?:[\s\-+•*:,;.)(]+|(?:phan dau|ph\w{1,2}n d\w{1,2}u|[dp]en n\w{1,2}m 20\d\d|den 20\d\d|trong do|dac biet|theo do|ngoai ra|ben canh do|dong thoi|h\w{1,2}ng n\w{1,2}m|moi n\w{1,2}m|trong nhiem ky|tr\w{1,2} l\w{1,2}n|toan (?:xa|huyen|tinh|phuong)|[dp]at|uoc dat|dat duoc|va|voi|hoac|cu the|gom|bao gom|la|chiem)\b[\s,:]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"(?:[\s\-+•*:,;.(]+|\b(?:dat|dat duoc|uoc dat|la|chiem|o muc|khoang|len|con|se|co|phan dau|dat muc|bang|va|voi|hoac|dua|xuong|tu|tro len|giam|giam con|trong do|[dp]en n\w{1,2}m 20\d\d|(?<!so v\w{1,2}i )n\w{1,2}m 20\d\d)\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"\b(?:den|toi|vao)\s+n\w{1,2}m\s+20\d\d\b,?|\b(?:trong\s+)?giai doan\s+20\d\d\s*-\s*20\d\d\b|\bnhiem ky\s+20\d\d\s*-\s*20\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\bso\s+v\w{1,2}i\s+(?:n\w{1,2}m\s+20\d\d|nhiem ky truoc|cung ky)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Base();

    [GeneratedRegex(@"[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static NameText Of(Text.MatchText text, int start, int end) =>
        start >= end ? Empty : new NameText(text.Original[start..end], text.Folded[start..end]);

    public NameText Clean(bool keepBase)
    {
        var t = Remove(Deadline());
        if (!keepBase)
            t = t.Remove(Base());
        t = t.Collapse();
        for (var guard = 0; guard < 12; guard++)
        {
            var m = Leading().Match(t.Folded);
            if (!m.Success || m.Length == 0) break;
            t = new NameText(t.Original[m.Length..], t.Folded[m.Length..]);
        }
        // "có" (has) but not "cơ" (as in "cơ quan"): only the original tells them apart.
        if (t.Original.StartsWith("có ", StringComparison.OrdinalIgnoreCase) || t.Original.StartsWith("Có ", StringComparison.Ordinal))
            t = new NameText(t.Original[3..], t.Folded[3..]);
        for (var guard = 0; guard < 12; guard++)
        {
            var m = Trailing().Match(t.Folded);
            if (!m.Success || m.Length == 0) break;
            t = new NameText(t.Original[..m.Index], t.Folded[..m.Index]);
        }
        return t.BalanceParens();
    }

    /// <summary>The part after the last "(" left open, or after the last ":", when that part is a name by itself.</summary>
    public NameText Innermost()
    {
        var open = -1;
        var depth = 0;
        for (var i = 0; i < Original.Length; i++)
        {
            if (Original[i] == '(') { depth++; open = i; }
            else if (Original[i] == ')' && depth > 0) depth--;
        }
        var t = this;
        if (depth > 0 && open >= 0)
        {
            var inner = new NameText(Original[(open + 1)..], Folded[(open + 1)..]).Clean(false);
            if (inner.TokenCount >= 3) t = inner;
        }
        var colon = t.Original.LastIndexOf(':');
        if (colon >= 0)
        {
            var after = new NameText(t.Original[(colon + 1)..], t.Folded[(colon + 1)..]).Clean(false);
            if (after.TokenCount >= 3) t = after;
        }
        return t;
    }

    public int TokenCount => Token().Count(Folded);

    public bool IsEmpty => Original.Length == 0;

    public NameText Append(NameText other, string separator = " ")
    {
        if (other.IsEmpty) return this;
        if (IsEmpty) return other;
        return new NameText(Original + separator + other.Original, Folded + separator + other.Folded);
    }

    public static NameText Literal(string text) => new(text, Text.MatchText.Create(text, false).Folded);

    public bool Contains(string folded) => (" " + Folded + " ").Contains(" " + folded + " ", StringComparison.Ordinal);

    /// <summary>The name for people: trimmed, first letter upper case.</summary>
    public string Display()
    {
        var s = Original.Trim(DisplayTrim);
        if (s.Length == 0) return s;
        return char.ToUpper(s[0], Vietnamese) + s[1..];
    }

    private NameText Remove(Regex pattern)
    {
        var matches = pattern.Matches(Folded);
        if (matches.Count == 0) return this;
        var o = new StringBuilder(Original.Length);
        var f = new StringBuilder(Folded.Length);
        var last = 0;
        foreach (Match m in matches)
        {
            o.Append(Original, last, m.Index - last).Append(' ');
            f.Append(Folded, last, m.Index - last).Append(' ');
            last = m.Index + m.Length;
        }
        o.Append(Original, last, Original.Length - last);
        f.Append(Folded, last, Folded.Length - last);
        return new NameText(o.ToString(), f.ToString());
    }

    private NameText Collapse()
    {
        var o = new StringBuilder(Original.Length);
        var f = new StringBuilder(Folded.Length);
        var lastSpace = true;
        for (var i = 0; i < Original.Length; i++)
        {
            var space = char.IsWhiteSpace(Original[i]);
            if (space && lastSpace) continue;
            // No space before a comma left where a phrase was removed.
            if (Original[i] is ',' or '.' && o.Length > 0 && o[^1] == ' ')
            {
                o.Length--;
                f.Length--;
            }
            o.Append(space ? ' ' : Original[i]);
            f.Append(space ? ' ' : Folded[i]);
            lastSpace = space;
        }
        // Trim by the original: a stray combining mark ("9\u0330") folds to a space, and trimming the two forms apart
        // would leave them of different lengths.
        var original = o.ToString();
        var length = original.TrimEnd().Length;
        return new NameText(original[..length], f.ToString()[..length]);
    }

    private NameText BalanceParens()
    {
        var opens = Original.Count(c => c == '(');
        var closes = Original.Count(c => c == ')');
        var o = Original;
        var f = Folded;
        if (closes > opens && o.EndsWith(')'))
        {
            o = o[..^1].TrimEnd();
            f = f[..o.Length];
        }
        if (opens > closes && !o.EndsWith(')'))
        {
            o += ")";
            f += ")";
        }
        return new NameText(o, f);
    }
}
