using System.Text;

namespace NghiQuyet.Ingest.Extraction.Text;

/// <summary>
/// NFC without asking ICU for the text that plainly is NFC already. Lines are normalised when read and then checked
/// again by every reader that takes them; ICU's check costs more than the reader's own work on a line.
/// </summary>
internal static class NfcText
{
    /// <summary>
    /// Whether the text is made only of characters below U+0300 and the precomposed Vietnamese letters U+1EA0–U+1EF9:
    /// each is NFC on its own, none is a combining mark and no two of them compose, so such a text is NFC as it stands.
    /// </summary>
    public static bool IsPlainlyNfc(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is < '\u1EA0' or > '\u1EF9')
                return false;
        return true;
    }

    /// <summary>Same as <c>text.Normalize(NormalizationForm.FormC)</c>.</summary>
    public static string Nfc(string text) => IsPlainlyNfc(text) ? text : text.Normalize(NormalizationForm.FormC);
}
