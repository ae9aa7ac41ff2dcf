using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// The Vietnamese vowel letters split into a toneless letter (which keeps its hat, breve or horn: â, ă, ơ …) and one of
/// the five tones. Lookup tables indexed by char, built once from Unicode decomposition so that no table is typed by hand.
/// </summary>
public static class VietnameseLetters
{
    /// <summary>0 = none (ngang), 1 = huyền (grave), 2 = sắc (acute), 3 = hỏi (hook), 4 = ngã (tilde), 5 = nặng (dot).</summary>
    public const int NoTone = 0;

    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    private const string TonelessVowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    private const int TableSize = 0x1F00;

    private static readonly char[] BaseTable = new char[TableSize];
    private static readonly byte[] ToneTable = new byte[TableSize];
    private static readonly Dictionary<(char, int), char> ComposeTable = [];

    static VietnameseLetters()
    {
        foreach (var vowel in TonelessVowels)
        {
            for (var tone = 0; tone < ToneMarks.Length; tone++)
            {
                var composed = tone == 0 ? vowel.ToString() : (vowel.ToString() + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                if (composed.Length != 1)
                    continue;
                var c = composed[0];
                BaseTable[c] = vowel;
                ToneTable[c] = (byte)tone;
                ComposeTable[(vowel, tone)] = c;
            }
        }
    }

    /// <summary>Tone of a (precomposed) letter, 0 when it has none or is not a Vietnamese vowel.</summary>
    public static int ToneOf(char c) => c < TableSize ? ToneTable[c] : 0;

    /// <summary>The letter without its tone ("ế" → "ê"); the letter itself when it is not a toned vowel.</summary>
    public static char WithoutTone(char c) => c < TableSize && BaseTable[c] != '\0' ? BaseTable[c] : c;

    /// <summary>True for a, ă, â, e, ê, i, o, ô, ơ, u, ư, y in any case and tone.</summary>
    public static bool IsVowel(char c) => c < TableSize && BaseTable[c] != '\0';

    /// <summary>The toneless vowel <paramref name="vowel"/> carrying <paramref name="tone"/>; the vowel unchanged if that does not exist.</summary>
    public static char WithTone(char vowel, int tone)
    {
        var bare = WithoutTone(vowel);
        return ComposeTable.TryGetValue((bare, tone), out var c) ? c : vowel;
    }

    /// <summary>Index of a combining tone mark (U+0300 …) in the tone numbering, 0 if it is not one.</summary>
    public static int ToneOfMark(char mark) => mark switch
    {
        '\u0300' => 1,
        '\u0301' => 2,
        '\u0309' => 3,
        '\u0303' => 4,
        '\u0323' => 5,
        _ => 0,
    };
}
