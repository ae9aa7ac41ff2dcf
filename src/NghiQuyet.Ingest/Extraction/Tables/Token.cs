namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>A white-space separated word of a flattened table and the source line it came from.</summary>
internal readonly record struct Token(string Text, int Line)
{
    public static List<Token> Split(string text, int line)
    {
        var tokens = new List<Token>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(new Token(word, line));
        return tokens;
    }

    public static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
