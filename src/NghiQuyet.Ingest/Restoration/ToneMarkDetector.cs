using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// Tells text with Vietnamese marks from text that lost them. In correct Vietnamese about three syllables in four carry a
/// mark (tone, ă/â/ê/ô/ơ/ư or đ); after OCR without a Vietnamese model or after stripping, few or none do. The one
/// marked letter Tesseract's English model emits is "é" (for ê, ế, é, â …), so a word whose only mark is é or è is not
/// evidence of a marked text.
/// </summary>
public static class ToneMarkDetector
{
    /// <summary>Below this share of marked words a text is treated as stripped.</summary>
    public const double StrippedThreshold = 0.3;

    /// <summary>Share of alphabetic words (two letters or more) that carry at least one Vietnamese mark; 1 when there are none.</summary>
    public static double MarkedShare(string text)
    {
        var (words, marked) = Count(Core.Text.UnicodeForms.FormC(text));
        return words == 0 ? 1 : marked / (double)words;
    }

    public static bool LooksStripped(IEnumerable<string> lines)
    {
        long words = 0, marked = 0;
        foreach (var line in lines)
        {
            var (w, m) = Count(Core.Text.UnicodeForms.FormC(line));
            words += w;
            marked += m;
        }
        return words >= 3 && marked < StrippedThreshold * words;
    }

    public static bool LooksStripped(string text) => LooksStripped([text]);

    /// <summary>A Vietnamese mark that an English OCR model does not produce on its own (é and è are in its alphabet).</summary>
    public static bool CountsAsMark(char c) => c is not ('é' or 'É' or 'è' or 'È') && VietnameseLetters.HasMark(c);

    private static (int Words, int Marked) Count(string text)
    {
        int words = 0, marked = 0;
        foreach (var run in new Core.Text.LetterRuns(text))
        {
            var word = text.AsSpan(run);
            if (word.Length < 2)
                continue;
            words++;
            foreach (var c in word)
            {
                if (CountsAsMark(c))
                {
                    marked++;
                    break;
                }
            }
        }
        return (words, marked);
    }
}
