namespace NghiQuyet.Ingest.Restoration;

internal enum TokenKind { Word, Space, Punctuation }

/// <summary>A piece of a line: a word (letters, digits and the glyphs OCR puts in their place), spaces, or punctuation.</summary>
internal readonly record struct TextToken(TokenKind Kind, int Start, int Length);

/// <summary>
/// Cuts a line into words, spaces and punctuation so that every character is kept: joining the tokens gives the line back.
/// The same cut is used for training and for restoring so that the language model sees what the decoder sees.
/// </summary>
internal static class SyllableTokenizer
{
    /// <summary>
    /// Glyphs OCR reads in place of marked vowels ("b¢" for "bộ", "1€" for "lệ", "x&amp;" for "xã", "§" for "ở"); they
    /// belong to the word. A lone "&amp;" between spaces is still a word token; the decoder keeps it when nothing explains it.
    /// </summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '¢' or '€' or '©' or '®' or '&' or '¥' or '§' or '£'
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    public static List<TextToken> Tokenize(string line)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < line.Length)
        {
            var start = i;
            var c = line[i];
            TokenKind kind;
            if (IsWordChar(c))
            {
                kind = TokenKind.Word;
                while (i < line.Length && (IsWordChar(line[i]) || IsInnerQuote(line, i))) i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                kind = TokenKind.Space;
                while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            }
            else
            {
                kind = TokenKind.Punctuation;
                i++;
            }
            tokens.Add(new TextToken(kind, start, i - start));
        }
        return tokens;
    }

    /// <summary>
    /// A quote between two letters belongs to the word: Tesseract reads the horn of ư/ơ as one ("phuo’ng", "nuo’c"),
    /// and splitting there would hand the decoder two halves of a syllable.
    /// </summary>
    private static bool IsInnerQuote(string line, int i) =>
        line[i] is '’' or '\'' or '‘' && i > 0 && i + 1 < line.Length && char.IsLetter(line[i - 1]) && char.IsLetter(line[i + 1]);

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return s.Length > 0;
    }
}
