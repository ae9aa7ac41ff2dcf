namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>A white-space separated word of a flattened table and the source line it came from.</summary>
internal readonly record struct Token(string Text, int Line)
{
    private static readonly char[] Separators = [' ', '\t', '|', '\u00A0'];

    /// <summary>
    /// The words of a line, cell rules dropped: "|" separates like a space, and on a line ruled with "|" a lone glyph an
    /// OCR engine reads for the rule ("l", "I", "!", "[", "]") is a rule too — except in first place, where "I" is a group's numeral.
    /// </summary>
    public static List<Token> Split(string text, int line)
    {
        var tokens = new List<Token>();
        var ruled = text.Contains('|');
        foreach (var word in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "¦" or "‖" or "[" or "]" || (ruled && tokens.Count > 0 && word is "l" or "I" or "!"))
                continue;
            tokens.Add(new Token(word, line));
        }
        return tokens;
    }

    public static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
