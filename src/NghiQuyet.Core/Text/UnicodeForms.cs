using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// NFC / NFD that never throw. .NET's Normalize rejects invalid UTF-16 (a lone surrogate, which a JSON "\ud800"
/// escape or a cut string can carry); here such a half is replaced by U+FFFD first, as a decoder would have done.
/// Found by the fuzz harness (issue 12, defect 5).
/// </summary>
public static class UnicodeForms
{
    public static string FormC(string text) => To(text, NormalizationForm.FormC);

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
