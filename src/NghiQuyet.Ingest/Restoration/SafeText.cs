using System.Text;

namespace NghiQuyet.Ingest.Restoration;

internal static class SafeText
{
    /// <summary>NFC, or the text unchanged when it holds invalid UTF-16 (a lone surrogate), which Normalize rejects.</summary>
    public static string Nfc(string text)
    {
        try
        {
            return Core.Text.UnicodeForms.IsPlainlyFormC(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
