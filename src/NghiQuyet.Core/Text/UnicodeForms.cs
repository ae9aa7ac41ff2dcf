using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// NFC / NFD that never throw. .NET's Normalize rejects invalid UTF-16 (a lone surrogate, which a JSON "\ud800"
/// escape or a cut string can carry); here such a half is replaced by U+FFFD first, as a decoder would have done.
/// Found by the fuzz harness (issue 12, defect 5).
/// </summary>
public static class UnicodeForms
{
    /// <summary>The text in NFC; returned as it is where it is plainly NFC already.</summary>
    public static string FormC(string text) => IsPlainlyFormC(text) ? text : To(text, NormalizationForm.FormC);

    /// <summary>
    /// Whether the text is made only of characters below U+0300 and the precomposed Vietnamese letters U+1EA0–U+1EF9:
    /// each is NFC on its own, none is a combining mark and no two of them compose, so such a text is NFC as it stands.
    /// Lines are normalised when read and checked again by every reader that takes them; ICU's own check costs more
    /// than a reader's work on a line.
    /// </summary>
    public static bool IsPlainlyFormC(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is < '\u1EA0' or > '\u1EF9')
                return false;
        return true;
    }

    /// <summary>The text in NFD.</summary>
    public static string FormD(string text) => To(text, NormalizationForm.FormD);

    private static string To(string text, NormalizationForm form)
    {
        try
        {
            return text.IsNormalized(form) ? text : text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var clean = ReplaceLoneSurrogates(text);
            return clean.IsNormalized(form) ? clean : clean.Normalize(form);
        }
    }

    /// <summary>The text with each lone surrogate replaced by U+FFFD.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
