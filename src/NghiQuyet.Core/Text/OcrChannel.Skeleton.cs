using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// A coarse key for OCR-tolerant keyword tables (table headers, verdict words): every glyph replaced by the
/// representative of its look-alike class, so that a keyword set can be a hash set. Its classes are confusions the
/// learned channel has (o/ô/ơ ↔ 0/6/9, ê ↔ é/€/¢/c/&amp;, a ↔ 4/&amp;, ư ↔ w/y/ir/ii, l ↔ 1/i, đ ↔ P/B at a word's start);
/// the channel's own confusions chain into one class (o → d → a), so the classes are kept apart here and checked
/// against the channel by the kernel's property tests. Only for comparing two words both put through it; never shown.
/// </summary>
public sealed partial class OcrChannel
{
    /// <summary>
    /// A word's skeleton: folded (<see cref="VietnameseFold"/>) and every look-alike glyph replaced by its class's
    /// representative, so "Thyc hién", "Thuc hien" and "Thực hiện" share one skeleton ("thuc hien" → "iuue ieu…" alike).
    /// Only for comparing two words both put through it; never shown.
    /// </summary>
    public static string Skeleton(string word)
    {
        var folded = VietnameseFold.Fold(word);
        // A number is no damaged word: "2025" stays a year.
        if (!folded.Any(char.IsLetter))
            return folded;
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            // ư read as two narrow glyphs: "ii" ("ciia" của), "ir" ("chirc" chức); Vietnamese spells neither.
            if ((c == 'i' || c == '1' || c == 'l') && (next is 'i' or 'r') && i + 1 < folded.Length && (i == 0 || char.IsLetter(folded[i - 1])))
            {
                sb.Append('u');
                i++;
                continue;
            }
            var atStart = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            sb.Append(Representative(c, atStart));
        }
        return sb.ToString();
    }

    /// <summary>Whether two words are the same word but for look-alike glyphs.</summary>
    public static bool Same(string a, string b) => Skeleton(a) == Skeleton(b);

    /// <summary>Whether two skeletons differ by at most one glyph changed, added or dropped.</summary>
    public static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
                return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private static char Representative(char c, bool atStart) => c switch
    {
        '1' or 'l' or 'i' or '!' or '|' or 'j' => 'i',
        '0' or 'o' or '6' or '9' => 'o',
        'e' or 'c' or '8' or '€' or '¢' or '&' => 'e',
        '4' or 'a' or '@' => 'a',
        'u' or 'y' or 'w' or 'v' => 'u',
        '5' or 's' or '$' => 's',
        'q' or 'g' => 'g',
        'p' or 'b' when atStart => 'd',
        _ => c,
    };
}
