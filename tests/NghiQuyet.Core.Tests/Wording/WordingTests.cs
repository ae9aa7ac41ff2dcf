using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Wording;

/// <summary>
/// Issue 13, "one home for each wording": what the product says lives in Core/Messages, and it spells Vietnamese one
/// way — the tone placement the text normaliser chose (<see cref="VietnameseText"/>: "hóa", "khỏe", "thủy").
/// These tests read the source tree, so that a sentence added in code or a "hoá" added to a view fails here.
/// </summary>
public sealed class WordingTests
{
    private static readonly string Root = RepositoryRoot();

    /// <summary>
    /// Code that may hold Vietnamese phrases of four words or more, and why. Anything else with such a literal is a
    /// sentence the product says, and belongs in Core/Messages.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/NghiQuyet.Core/Catalog/Units/UnitVocabulary.cs"] = "the unit grammar's vocabulary: words reports print, matched, never said",
        ["src/NghiQuyet.Ingest/Extraction/Header/Provinces.cs"] = "the official names of the provinces (facts, not wording)",
        ["src/NghiQuyet.Ingest/Extraction/Tables/VerdictWords.cs"] = "the verdict words assessment tables print, which the reader recognises",
        ["src/NghiQuyet.Ingest/Extraction/Targets/FigureScanner.cs"] = "phrases of the genre the scanner recognises",
        ["src/NghiQuyet.Ingest/Extraction/Targets/Phrases/Recognizers.cs"] = "the recognisers' patterns (one per target phrasing)",
    };

    /// <summary>Folders whose Vietnamese is data, not wording: the demo's seed resolutions and EF migrations.</summary>
    private static readonly string[] DataFolders = ["src/NghiQuyet.Web/Demo/", "/Migrations/"];

    [Fact]
    public void No_Vietnamese_sentence_is_written_in_code_outside_Core_Messages()
    {
        var found = new List<string>();
        foreach (var (path, line, text) in Literals())
        {
            if (path.StartsWith("src/NghiQuyet.Core/Messages/", StringComparison.Ordinal) || Allowed.ContainsKey(path)
                || DataFolders.Any(f => path.Contains(f, StringComparison.Ordinal)))
                continue;
            if (IsVietnameseSentence(text))
                found.Add($"{path}:{line}: {text}");
        }
        Assert.True(found.Count == 0, "Vietnamese sentences outside Core/Messages (move them there, or allow the file with a reason):\n"
            + string.Join('\n', found));
    }

    [Fact]
    public void The_allow_list_names_files_that_exist_and_still_need_it()
    {
        var literals = Literals().ToLookup(l => l.Path, l => l.Text);
        foreach (var path in Allowed.Keys)
        {
            Assert.True(File.Exists(Path.Combine(Root, path)), $"{path} is allowed but does not exist");
            Assert.True(literals[path].Any(IsVietnameseSentence), $"{path} is allowed but has no Vietnamese phrase of four words any more");
        }
    }

    [Fact]
    public void Every_message_places_tones_as_the_normaliser_does()
    {
        var messages = typeof(Messages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, Text: (string)f.GetRawConstantValue()!))
            .ToList();
        Assert.True(messages.Count > 300, $"only {messages.Count} messages found: is reflection reading the right class?");
        var off = messages.SelectMany(m => OtherSpellings(m.Text).Select(w => $"Messages.{m.Name}: \"{w}\" in \"{m.Text}\"")).ToList();
        Assert.True(off.Count == 0, "Messages not in the normaliser's spelling:\n" + string.Join('\n', off));
    }

    [Fact]
    public void Every_view_places_tones_as_the_normaliser_does()
    {
        var views = Directory.EnumerateFiles(Path.Combine(Root, "src", "NghiQuyet.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(views);
        var off = new List<string>();
        foreach (var view in views)
        {
            var lines = File.ReadAllLines(view);
            for (var i = 0; i < lines.Length; i++)
                off.AddRange(OtherSpellings(lines[i]).Select(w => $"{Relative(view)}:{i + 1}: \"{w}\" in {lines[i].Trim()}"));
        }
        Assert.True(off.Count == 0, "View lines not in the normaliser's spelling:\n" + string.Join('\n', off));
    }

    /// <summary>
    /// The words the normaliser would spell otherwise ("hoá" for "hóa"). Word by word, so that what it also folds
    /// outside words (quotes a message shows on purpose, as in «{0}») is not taken for a spelling.
    /// </summary>
    internal static IEnumerable<string> OtherSpellings(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                var word = text[start..i];
                if (VietnameseText.Normalize(word) != word)
                    yield return word;
                start = -1;
            }
        }
    }

    [Theory]
    [InlineData("Đã xoá chỉ tiêu", "xoá")]
    [InlineData("Văn hoá – xã hội, thuỷ sản", "hoá thuỷ")]
    [InlineData("Đã xóa chỉ tiêu «{0}»; hòa, thủy, quý, hoàn", "")]
    public void Other_spellings_are_found_word_by_word(string text, string words) =>
        Assert.Equal(words, string.Join(' ', OtherSpellings(text)));

    /// <summary>The heuristic the issue names: Vietnamese letters and at least four words.</summary>
    internal static bool IsVietnameseSentence(string text) =>
        text.Any(VietnameseLetters.HasMark)
        && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 4;

    [Theory]
    [InlineData("Không tìm thấy tệp: {0}", true)]
    [InlineData("Tỷ lệ hộ nghèo giảm", true)]
    [InlineData("Chỉ tiêu NQ", false)]
    [InlineData("Could not open the file now", false)]
    public void The_heuristic_tells_a_sentence_from_a_label(string text, bool sentence) =>
        Assert.Equal(sentence, IsVietnameseSentence(text));

    /// <summary>Every string literal of the C# under src/ (interpolations as "{…}"), with its file and line.</summary>
    private static IEnumerable<(string Path, int Line, string Text)> Literals()
    {
        var src = Path.Combine(Root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var path = Relative(file);
            if (path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal))
                continue;
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: path);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                string? text = node switch
                {
                    LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => l.Token.ValueText,
                    InterpolatedStringExpressionSyntax s => string.Concat(s.Contents.Select(c =>
                        c is InterpolatedStringTextSyntax t ? t.TextToken.ValueText : "{…}")),
                    _ => null,
                };
                if (text is not null)
                    yield return (path, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, text);
            }
        }
    }

    private static string Relative(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NghiQuyet.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NghiQuyet.sln not found above the test folder");
    }
}
