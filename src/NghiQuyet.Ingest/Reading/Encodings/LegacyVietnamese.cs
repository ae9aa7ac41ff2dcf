using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Reading.Encodings;

/// <summary>
/// The two 8-bit font encodings of pre-Unicode Vietnamese documents. Both were used with ordinary "Western" fonts
/// (.VnTime, VNI-Times), so the same text reaches us either as raw bytes (.txt) or as Windows-1252 characters in a
/// Word run or PDF ("Ph¸t triÓn", "Phaùt trieån"). Decoders take chars whose code is the byte value (Latin-1 view);
/// anything above U+00FF passes through unchanged.
/// </summary>
internal static class LegacyVietnamese
{
    private static readonly Encoding Windows1252 = CodePages.Get(1252);

    // TCVN 5712:1993 VN3 ("ABC"), bytes 0xA1 … 0xFE; '\0' = not assigned (read as Windows-1252).
    // The VN3 fonts hold lower case and seven capitals; other capitals come from the matching "H" font (.VnTimeH).
    private const string Tcvn3High =
        "ĂÂÊÔƠƯĐăâêôơưđ\0" + // A1-AF
        "\0\0\0\0\0àảãáạ\0ằẳẵắ\0" + // B0-BF
        "\0\0\0\0\0\0ặầẩẫấậè\0ẻẽ" + // C0-CF
        "éẹềểễếệìỉ\0\0\0ĩíịò" + // D0-DF
        "\0ỏõóọồổỗốộờởỡớợù" + // E0-EF
        "\0ủũúụừửữứựỳỷỹýỵ"; // F0-FE

    public static string DecodeTcvn3(ReadOnlySpan<char> latin1, bool capitalFont = false)
    {
        var sb = new StringBuilder(latin1.Length);
        foreach (var c in latin1)
        {
            var mapped = c is >= '\u00A1' and <= '\u00FE' ? Tcvn3High[c - 0xA1] : '\0';
            sb.Append(mapped != '\0' ? mapped : FromByte(c));
        }
        if (capitalFont)
            return sb.ToString().ToUpperInvariant();
        CapitaliseHeadingWords(sb);
        return sb.ToString();
    }

    /// <summary>
    /// Headings were typed in the capital font (.VnTimeH), whose capitals sit on the lower-case byte positions; read
    /// without the font they come out as "BáO CáO CHíNH TRị". A word with two or more capitals and no ASCII lower-case
    /// letter is such a heading word and is put in capitals. ("Và", "Đảng" are left alone.)
    /// </summary>
    private static void CapitaliseHeadingWords(StringBuilder sb)
    {
        var i = 0;
        while (i < sb.Length)
        {
            if (!char.IsLetter(sb[i]))
            {
                i++;
                continue;
            }
            var start = i;
            int capitals = 0, asciiLower = 0, otherLower = 0;
            for (; i < sb.Length && char.IsLetter(sb[i]); i++)
            {
                var c = sb[i];
                if (char.IsUpper(c)) capitals++;
                else if (c is >= 'a' and <= 'z') asciiLower++;
                else otherLower++;
            }
            if (capitals >= 2 && asciiLower == 0 && otherLower > 0)
            {
                for (var j = start; j < i; j++)
                    sb[j] = char.ToUpperInvariant(sb[j]);
            }
        }
    }

    /// <summary>VNI-Windows: a base letter followed by a mark byte ("a" + "ù" = "á", "e" + "ä" = "ệ"), a few letters in one byte.</summary>
    public static string DecodeVni(ReadOnlySpan<char> latin1)
    {
        var sb = new StringBuilder(latin1.Length);
        for (var i = 0; i < latin1.Length; i++)
        {
            var c = latin1[i];
            var letter = VniSingle(c);
            if (letter == '\0')
            {
                sb.Append(FromByte(c));
                continue;
            }
            if (i + 1 < latin1.Length && VietnameseLetters.IsVowel(letter) && TryApplyMark(letter, latin1[i + 1], out var marked))
            {
                sb.Append(marked);
                i++;
                continue;
            }
            sb.Append(letter);
        }
        return sb.ToString();
    }

    /// <summary>The letter a VNI byte stands for on its own (ASCII letters stand for themselves); '\0' for none.</summary>
    private static char VniSingle(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => c,
        'ô' => 'ơ', 'Ô' => 'Ơ', 'ö' => 'ư', 'Ö' => 'Ư', 'ñ' => 'đ', 'Ñ' => 'Đ',
        'í' => 'í', 'ì' => 'ì', 'æ' => 'ỉ', 'ó' => 'ĩ', 'ò' => 'ị',
        'Í' => 'Í', 'Ì' => 'Ì', 'Æ' => 'Ỉ', 'Ó' => 'Ĩ', 'Ò' => 'Ị',
        _ => '\0',
    };

    private static bool TryApplyMark(char letter, char mark, out char result)
    {
        result = letter;
        var lower = char.ToLowerInvariant(mark);
        // Marks come in a lower-case and an upper-case byte; the letter's own case decides the result's case.
        var (shape, tone) = lower switch
        {
            'ù' => ('\0', 2), 'ø' => ('\0', 1), 'û' => ('\0', 3), 'õ' => ('\0', 4), 'ï' => ('\0', 5),
            'â' => ('^', 0), 'á' => ('^', 2), 'à' => ('^', 1), 'å' => ('^', 3), 'ã' => ('^', 4), 'ä' => ('^', 5),
            'ê' => ('(', 0), 'é' => ('(', 2), 'è' => ('(', 1), 'ú' => ('(', 3), 'ü' => ('(', 4), 'ë' => ('(', 5),
            _ => ('?', 0),
        };
        if (shape == '?')
            return false;
        var upper = char.IsUpper(letter);
        var bare = char.ToLowerInvariant(letter);
        if (shape == '^')
        {
            if (bare is not ('a' or 'e' or 'o'))
                return false;
            bare = bare switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
        }
        else if (shape == '(')
        {
            // Breve marks only follow "a"; after another letter the byte is itself (VNI's "ú" is ẳ only after "a").
            if (bare != 'a')
                return false;
            bare = 'ă';
        }
        else if (bare == 'i')
        {
            return false; // VNI writes toned i as one byte
        }
        var composed = VietnameseLetters.WithTone(bare, (Tone)tone);
        if (tone != 0 && composed == bare)
            return false;
        result = upper ? char.ToUpperInvariant(composed) : composed;
        return true;
    }

    private static char FromByte(char c) =>
        c is >= '\u0080' and <= '\u009F' ? Windows1252.GetString([(byte)c])[0] : c;

    /// <summary>
    /// The Latin-1 view of text that was typed in an 8-bit font but stored as Unicode: Windows-1252 characters
    /// (“ ” € …) back to their byte values. Null when some character has no single-byte form (then it is not such text).
    /// </summary>
    public static string? ToLatin1View(string text)
    {
        char[]? buffer = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= '\u00FF')
                continue;
            var b = ByteOf1252(c);
            if (b < 0)
                return null;
            buffer ??= text.ToCharArray();
            buffer[i] = (char)b;
        }
        return buffer is null ? text : new string(buffer);
    }

    private static readonly Dictionary<char, byte> Specials1252 = Build1252Specials();

    private static Dictionary<char, byte> Build1252Specials()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var c = Windows1252.GetString([(byte)b])[0];
            if (c > '\u00FF')
                map[c] = (byte)b;
        }
        return map;
    }

    private static int ByteOf1252(char c) => Specials1252.TryGetValue(c, out var b) ? b : -1;
}
