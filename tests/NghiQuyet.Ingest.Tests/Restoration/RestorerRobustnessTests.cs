using System.Text;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>Bad input never crashes the restorer and never changes the number of lines.</summary>
public class RestorerRobustnessTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_characters_come_back_with_the_same_lines(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔƯ0123456789 .,;:()-%/\n\n\t¢€©\u0301\u0323\u0000\uFFFD😀Æßжあ";
        for (var round = 0; round < 50; round++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            var input = sb.ToString();
            var output = ToneRestorer.Default.Restore(input);
            Assert.Equal(input.Count(c => c == '\n'), output.Count(c => c == '\n'));
        }
    }

    [Fact]
    public void Very_long_words_and_tokens_are_left_alone()
    {
        var input = "day la mot tu rat dai " + new string('x', 5000) + " va " + string.Concat(Enumerable.Repeat("ab1", 2000));
        var output = ToneRestorer.Default.Restore(input);
        Assert.EndsWith(" và " + string.Concat(Enumerable.Repeat("ab1", 2000)), output);
        Assert.Contains(new string('x', 5000), output);
    }
}
