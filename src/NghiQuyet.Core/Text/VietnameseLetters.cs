using System.Text;

namespace NghiQuyet.Core.Text;

/// <summary>
/// The six Vietnamese tones, numbered as Unicode's combining marks are usually listed. The one numbering of the
/// solution: the restorer, the legacy-encoding decoders and the syllable parser all speak it, so a tone read by one is
/// the same tone for the others.
/// </summary>
public enum Tone : byte
{
    /// <summary>ngang: no mark.</summary>
    Level = 0,
    /// <summary>huyền: grave accent (à).</summary>
    Grave = 1,
    /// <summary>sắc: acute accent (á).</summary>
    Acute = 2,
    /// <summary>hỏi: hook above (ả).</summary>
    Hook = 3,
    /// <summary>ngã: tilde (ã).</summary>
    Tilde = 4,
    /// <summary>nặng: dot below (ạ).</summary>
    Dot = 5,
}

/// <summary>
/// The one letter table of the solution. Each Vietnamese vowel letter is a toneless letter (which keeps its hat, breve
/// or horn: â, ă, ơ …) plus one of the six <see cref="Tone"/>s; every letter also has a plain ASCII letter beneath it
/// (ộ → o, đ → d). Tables indexed by char, built once from Unicode decomposition so that no table is typed by hand.
/// </summary>
public static class VietnameseLetters
{
    /// <summary>Six tones: level (none) and the five marked ones.</summary>
    public const int ToneCount = 6;

    private static readonly char[] ToneMarks = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    /// <summary>The twelve toneless vowels, lower case: the rows of the tone table.</summary>
    public const string TonelessVowels = "aăâeêioôơuưy";

    private const int TableSize = 0x1F00;

    private static readonly char[] BaseTable = new char[TableSize];
    private static readonly byte[] ToneTable = new byte[TableSize];
    private static readonly char[] PlainTable = new char[TableSize];
    private static readonly char[,] ComposeTable = new char[TableSize, ToneCount];

    static VietnameseLetters()
    {
        foreach (var lower in TonelessVowels)
        {
            foreach (var vowel in new[] { lower, char.ToUpperInvariant(lower) })
            {
                var plain = vowel.ToString().Normalize(NormalizationForm.FormD)[0];
                for (var tone = 0; tone < ToneCount; tone++)
                {
                    var composed = tone == 0 ? vowel.ToString() : (vowel.ToString() + ToneMarks[tone]).Normalize(NormalizationForm.FormC);
                    if (composed.Length != 1)
                        continue;
                    var c = composed[0];
                    BaseTable[c] = vowel;
                    ToneTable[c] = (byte)tone;
                    PlainTable[c] = plain;
                    ComposeTable[vowel, tone] = c;
                }
            }
        }
        PlainTable['đ'] = 'd';
        PlainTable['Đ'] = 'D';
    }

    /// <summary>Tone of a (precomposed) letter, <see cref="Tone.Level"/> when it has none or is not a Vietnamese vowel.</summary>
    public static Tone ToneOf(char c) => c < TableSize ? (Tone)ToneTable[c] : Tone.Level;

    /// <summary>The letter without its tone ("ế" → "ê"); the letter itself when it is not a toned vowel.</summary>
    public static char WithoutTone(char c) => c < TableSize && BaseTable[c] != '\0' ? BaseTable[c] : c;

    /// <summary>A letter's toneless form and its tone: "ế" → ("ê", sắc).</summary>
    public static (char Toneless, Tone Tone) Split(char c) => (WithoutTone(c), ToneOf(c));

    /// <summary>True for a, ă, â, e, ê, i, o, ô, ơ, u, ư, y in any case and tone.</summary>
    public static bool IsVowel(char c) => c < TableSize && BaseTable[c] != '\0';

    /// <summary>The vowel <paramref name="vowel"/> carrying <paramref name="tone"/> in place of its own; the letter unchanged if it is no vowel.</summary>
    public static char WithTone(char vowel, Tone tone)
    {
        var bare = WithoutTone(vowel);
        return bare < TableSize && BaseTable[bare] != '\0' ? ComposeTable[bare, (int)tone] : vowel;
    }

    /// <summary>Whether a letter carries any Vietnamese mark: a tone, a vowel quality mark (ă â ê ô ơ ư) or the bar of đ.</summary>
    public static bool HasMark(char c) =>
        c < TableSize && (c is 'đ' or 'Đ' || BaseTable[c] != '\0' && (ToneTable[c] != 0 || PlainTable[c] != BaseTable[c]));

    /// <summary>The plain ASCII letter beneath a Vietnamese letter, case kept: ộ → o, Ư → U, đ → d; any other char as it is.</summary>
    public static char Plain(char c) => c < TableSize && PlainTable[c] != '\0' ? PlainTable[c] : c;

    /// <summary>Index of a combining tone mark (U+0300 …) in the tone numbering, <see cref="Tone.Level"/> if it is not one.</summary>
    public static Tone ToneOfMark(char mark) => mark switch
    {
        '\u0300' => Tone.Grave,
        '\u0301' => Tone.Acute,
        '\u0309' => Tone.Hook,
        '\u0303' => Tone.Tilde,
        '\u0323' => Tone.Dot,
        _ => Tone.Level,
    };
}
