using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Reading.Encodings;

/// <summary>Decoded text and the name of the encoding it was read from ("UTF-8", "TCVN3" …).</summary>
internal readonly record struct DecodedText(string Text, string Encoding);

/// <summary>
/// Finds the encoding of a text file from its bytes, never from its name: BOM; UTF-16 by its zero bytes; strict UTF-8;
/// otherwise the single-byte candidates (Windows-1258, TCVN3, VNI, Windows-1252) are each decoded and the one whose
/// words are most often well-formed Vietnamese syllables wins. UTF-8 text that is really TCVN3/VNI typed in a
/// Western font ("Ph¸t triÓn") is repaired the same way.
/// </summary>
internal static class TextDecoding
{
    public const string Utf8 = "UTF-8";
    public const string Utf8Bom = "UTF-8 (BOM)";
    public const string Utf16Le = "UTF-16LE";
    public const string Utf16Be = "UTF-16BE";
    public const string Windows1258 = "Windows-1258";
    public const string Windows1252 = "Windows-1252";
    public const string Tcvn3 = "TCVN3";
    public const string Vni = "VNI";
    public const string Utf8Damaged = "UTF-8 (damaged bytes)";
    public const string Utf8DoubleEncoded = "UTF-8 (double-encoded)";

    /// <summary>Scoring looks at this many characters: enough words to be sure, cheap on big files.</summary>
    private const int SampleChars = 64 * 1024;

    /// <summary>A legacy reading must beat the text as it stands by this share of word characters to replace it.</summary>
    private const double RepairMargin = 0.1;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(Encoding.UTF8.GetString(bytes[3..]), Utf8Bom);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), Utf16Le);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), Utf16Be);
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null)
            return utf16.Value;
        string? utf8 = null;
        try
        {
            utf8 = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }
        if (utf8 is not null)
            return RepairLegacy(utf8, Utf8);
        return MostlyUtf8(bytes) ?? DecodeSingleByte(bytes);
    }

    /// <summary>
    /// Text with a zero in most odd (LE) or even (BE) positions is UTF-16 without a BOM, if its high bytes are those of
    /// Vietnamese text (00 Latin, 01 ă đ ơ ư, 03 combining marks, 1E precomposed letters, 20 punctuation).
    /// </summary>
    private static DecodedText? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
            return null;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenZeros = 0, oddZeros = 0, evenPlausible = 0, oddPlausible = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
            if (sample[i] is 0x00 or 0x01 or 0x03 or 0x1E or 0x20) evenPlausible++;
            if (sample[i + 1] is 0x00 or 0x01 or 0x03 or 0x1E or 0x20) oddPlausible++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05 && oddPlausible > pairs * 0.9)
            return new DecodedText(Encoding.Unicode.GetString(bytes), Utf16Le);
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05 && evenPlausible > pairs * 0.9)
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes), Utf16Be);
        return null;
    }

    /// <summary>
    /// UTF-8 with a few broken bytes (a cut-off character, one damaged byte) is still UTF-8: legacy 8-bit text almost
    /// never forms valid multi-byte sequences, so many valid ones against few invalid ones decide it.
    /// The broken bytes become U+FFFD.
    /// </summary>
    private static DecodedText? MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        int replaced = 0, multiByte = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD') replaced++;
            else if (c > '\u007F') multiByte++;
        }
        return multiByte >= 20 * Math.Max(1, replaced) ? new DecodedText(text, Utf8Damaged) : null;
    }

    private static DecodedText DecodeSingleByte(ReadOnlySpan<byte> bytes)
    {
        var latin1 = Encoding.Latin1.GetString(bytes);
        var sample = latin1.AsSpan(0, Math.Min(latin1.Length, SampleChars));
        // Order breaks ties: Windows-1258 is the standard one, 1252 the non-Vietnamese fallback.
        (string Name, Func<ReadOnlySpan<char>, string> Decode)[] candidates =
        [
            (Windows1258, s => CodePages.Get(1258).GetString(Latin1Bytes(s)).Normalize(NormalizationForm.FormC)),
            (Tcvn3, s => LegacyVietnamese.DecodeTcvn3(s)),
            (Vni, s => LegacyVietnamese.DecodeVni(s)),
            (Windows1252, s => CodePages.Get(1252).GetString(Latin1Bytes(s))),
        ];
        var best = 0;
        var bestScore = -1.0;
        for (var i = 0; i < candidates.Length; i++)
        {
            var score = VietnameseSyllable.Score(candidates[i].Decode(sample));
            if (score > bestScore + 1e-9)
            {
                best = i;
                bestScore = score;
            }
        }
        return new DecodedText(candidates[best].Decode(latin1), candidates[best].Name);
    }

    private static byte[] Latin1Bytes(ReadOnlySpan<char> latin1) => Encoding.Latin1.GetBytes(latin1.ToArray());

    /// <summary>
    /// Unicode text that is really TCVN3 or VNI shown in a Western font: decoded again if that reads clearly better
    /// as Vietnamese. Returns the text unchanged (with <paramref name="encoding"/>) otherwise.
    /// </summary>
    public static DecodedText RepairLegacy(string text, string encoding)
    {
        if (!HasLatin1Letters(text))
            return new(text, encoding);
        var view = LegacyVietnamese.ToLatin1View(text);
        if (view is null)
            return new(text, encoding);
        var sampleLength = Math.Min(view.Length, SampleChars);
        var asIs = VietnameseSyllable.Score(text.AsSpan(0, Math.Min(text.Length, SampleChars)).ToString().Normalize(NormalizationForm.FormC));
        var tcvn = VietnameseSyllable.Score(LegacyVietnamese.DecodeTcvn3(view.AsSpan(0, sampleLength)));
        var vni = VietnameseSyllable.Score(LegacyVietnamese.DecodeVni(view.AsSpan(0, sampleLength)));
        // UTF-8 that was once read as Windows-1252 and saved again ("PhÃ¡t triá»ƒn"): its Latin-1 view is UTF-8.
        var twice = TryStrictUtf8(view);
        var twiceScore = twice is null ? 0 : VietnameseSyllable.Score(twice.AsSpan(0, Math.Min(twice.Length, SampleChars)));
        if (twice is not null && twiceScore >= Math.Max(tcvn, vni) && twiceScore > asIs + RepairMargin)
            return new(twice, Utf8DoubleEncoded);
        if (tcvn >= vni && tcvn > asIs + RepairMargin)
            return new(LegacyVietnamese.DecodeTcvn3(view), Tcvn3);
        if (vni > tcvn && vni > asIs + RepairMargin)
            return new(LegacyVietnamese.DecodeVni(view), Vni);
        return new(text, encoding);
    }

    private static string? TryStrictUtf8(string latin1View)
    {
        try
        {
            return StrictUtf8.GetString(Encoding.Latin1.GetBytes(latin1View)).Normalize(NormalizationForm.FormC);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Legacy text always carries Latin-1 letters (¸ Ó « or ù ø â …); text without any needs no look.</summary>
    private static bool HasLatin1Letters(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u00A1' and <= '\u00FF')
                return true;
        }
        return false;
    }
}
