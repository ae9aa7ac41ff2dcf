using System.Text;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Text;

/// <summary>
/// The forms of the text kernel agree with each other: the fold and its position map, the letter table and the syllable
/// parser, the fold and the strip, the learned channel and the fold, the tone numbering and the tables it replaced.
/// Seeded random loops over generated strings and syllables (a failure prints the case; the seed makes it repeatable).
/// </summary>
public class KernelPropertyTests
{
    private const int Seed = 20261207;

    private static readonly string Letters = BuildLetters();

    private static string BuildLetters()
    {
        var sb = new StringBuilder("bcdghklmnpqrstvxđ");
        foreach (var vowel in VietnameseLetters.TonelessVowels)
            for (var tone = Tone.Level; tone <= Tone.Dot; tone++)
                sb.Append(VietnameseLetters.WithTone(vowel, tone));
        var lower = sb.ToString();
        return lower + lower.ToUpperInvariant();
    }

    // Letters in both cases, digits, the spaces and dashes reports contain, OCR symbols and the Icelandic Ð of bad converters.
    private const string Others = "0123456789 ,.;:%/()-–—\u00A0\u202F\t\n€¢&é’“”ÐðÇñ";

    /// <summary>A random text of Vietnamese letters and other characters, part of it decomposed (NFD) as some files are.</summary>
    private static string RandomText(Random random)
    {
        var length = random.Next(0, 40);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            sb.Append(random.Next(4) == 0 ? Others[random.Next(Others.Length)] : Letters[random.Next(Letters.Length)]);
        var text = sb.ToString();
        return random.Next(3) == 0 ? text.Normalize(NormalizationForm.FormD) : text;
    }

    [Fact]
    public void The_position_map_cuts_out_source_spans_that_fold_to_the_matched_text()
    {
        var random = new Random(Seed);
        for (var round = 0; round < 5000; round++)
        {
            var text = RandomText(random);
            var folded = VietnameseFold.FoldWithMap(text);
            Assert.Equal(VietnameseFold.Fold(text), folded.Text);
            Assert.Equal(folded.Text.Length, folded.Map.Count);
            for (var k = 1; k < folded.Map.Count; k++)
                Assert.True(folded.Map[k] > folded.Map[k - 1], $"map not increasing in {Show(text)}");
            if (folded.Text.Length == 0)
                continue;
            for (var probe = 0; probe < 5; probe++)
            {
                var start = random.Next(folded.Text.Length);
                var length = random.Next(1, folded.Text.Length - start + 1);
                var match = folded.Text.Substring(start, length);
                if (match[0] == ' ' || match[^1] == ' ')
                    continue;
                var (sourceStart, sourceLength) = folded.SourceSpan(start, length);
                Assert.Equal(match, VietnameseFold.Fold(text.Substring(sourceStart, sourceLength)));
            }
        }
    }

    [Fact]
    public void The_one_for_one_fold_and_the_strip_agree_with_the_fold()
    {
        var random = new Random(Seed + 1);
        for (var round = 0; round < 5000; round++)
        {
            var text = RandomText(random).Normalize(NormalizationForm.FormC);
            var stripped = VietnameseFold.StripMarks(text);
            Assert.Equal(text.Length, stripped.Length);
            Assert.Equal(VietnameseFold.Fold(text), VietnameseFold.Fold(stripped));
            Assert.DoesNotContain(stripped, VietnameseLetters.HasMark);
            var oneForOne = new string(text.Select(VietnameseFold.FoldChar).ToArray());
            Assert.Equal(VietnameseFold.Fold(text), VietnameseFold.Fold(oneForOne));
        }
        foreach (var c in Letters)
        {
            Assert.Equal(char.ToLowerInvariant(VietnameseLetters.Plain(c)), VietnameseFold.FoldChar(c));
            Assert.Equal(VietnameseFold.Fold(c.ToString()), VietnameseFold.FoldChar(c).ToString());
        }
    }

    [Fact]
    public void A_lone_surrogate_is_folded_stripped_and_mapped_without_an_exception()
    {
        const string text = "Tỷ lệ \uD800hộ nghèo\uDC00";
        Assert.Equal("ty le \uFFFDho ngheo\uFFFD", VietnameseFold.Fold(text));
        Assert.Equal(VietnameseFold.Fold(text), VietnameseFold.Fold(VietnameseFold.StripMarks(text)));
        Assert.Equal("a \uD83D\uDE00 b", VietnameseFold.Fold("A \uD83D\uDE00 B")); // a pair is one character, kept
        Assert.Equal(VietnameseFold.Fold(text), VietnameseFold.FoldWithMap(text).Text);
        Assert.Equal("Ty le \uFFFDho ngheo\uFFFD", VietnameseFold.StripMarks(text));
        Assert.Equal('\uD800', VietnameseFold.FoldChar('\uD800'));
    }

    [Fact]
    public void Every_syllable_of_the_inventory_round_trips_through_its_parts()
    {
        var count = 0;
        foreach (var syllable in VietnameseSyllable.Inventory())
        {
            count++;
            Assert.True(VietnameseSyllable.TryParse(syllable, out var parts), syllable);
            Assert.Equal(syllable, VietnameseSyllable.Compose(parts.Onset, parts.Rhyme, parts.Tone));
            Assert.Equal(syllable, VietnameseSyllable.Canonical(syllable));
            Assert.True(VietnameseSyllable.TryParse(syllable.ToUpperInvariant(), out var upper), syllable);
            Assert.Equal(parts, upper);
            Assert.True(VietnameseSyllable.IsPlain(VietnameseFold.Fold(syllable)), syllable);
        }
        Assert.InRange(count, 10_000, 40_000);
    }

    [Fact]
    public void Every_word_the_parser_accepts_round_trips_through_base_and_tone()
    {
        var random = new Random(Seed + 2);
        var accepted = 0;
        for (var round = 0; round < 50_000; round++)
        {
            var word = RandomWord(random);
            if (!VietnameseSyllable.TryParse(word, out var parts))
                continue;
            accepted++;
            var composed = VietnameseSyllable.Compose(parts.Onset, parts.Rhyme, parts.Tone);
            Assert.Equal(VietnameseSyllable.Canonical(word), composed);
            Assert.True(VietnameseSyllable.TryParse(composed, out var again), composed);
            Assert.Equal(parts, again);
            // The tone is the word's only toned letter, whatever vowel it sat on.
            Assert.Equal(parts.Tone, word.Select(VietnameseLetters.ToneOf).FirstOrDefault(t => t != Tone.Level));
            Assert.Equal(VietnameseFold.Fold(word), VietnameseFold.Fold(composed));
        }
        Assert.True(accepted > 1000, $"only {accepted} generated words parsed");
    }

    /// <summary>Onset + 1–3 vowels (one of them toned at random) + coda: mostly real syllables, many near misses.</summary>
    private static string RandomWord(Random random)
    {
        string[] codas = ["", "", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"];
        var sb = new StringBuilder(VietnameseSyllable.Onsets[random.Next(VietnameseSyllable.Onsets.Count)]);
        var vowels = random.Next(1, 4);
        var toned = random.Next(vowels);
        var tone = (Tone)random.Next(VietnameseLetters.ToneCount);
        for (var v = 0; v < vowels; v++)
        {
            var vowel = VietnameseLetters.TonelessVowels[random.Next(VietnameseLetters.TonelessVowels.Length)];
            sb.Append(v == toned ? VietnameseLetters.WithTone(vowel, tone) : vowel);
        }
        return sb.Append(codas[random.Next(codas.Length)]).ToString();
    }

    [Fact]
    public void A_tone_changes_nothing_in_the_fold()
    {
        foreach (var onset in VietnameseSyllable.Onsets)
            foreach (var rhyme in VietnameseSyllable.Rhymes)
                for (var tone = Tone.Level; tone <= Tone.Dot; tone++)
                    Assert.Equal(VietnameseFold.Fold(onset + rhyme), VietnameseFold.Fold(VietnameseSyllable.Compose(onset, rhyme, tone)));
    }

    /// <summary>The restorer's old table (VietnameseSyllable.ToneRows, numbered ngang, huyền, hỏi, ngã, sắc, nặng).</summary>
    private static readonly string[] RestorerToneRows =
    [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ];

    private static readonly Tone[] RestorerNumbering = [Tone.Level, Tone.Grave, Tone.Hook, Tone.Tilde, Tone.Acute, Tone.Dot];

    [Fact]
    public void Callers_of_either_old_tone_numbering_see_the_same_tones()
    {
        foreach (var row in RestorerToneRows)
            for (var old = 0; old < row.Length; old++)
                foreach (var letter in new[] { row[old], char.ToUpperInvariant(row[old]) })
                {
                    var tone = RestorerNumbering[old];
                    Assert.Equal(tone, VietnameseLetters.ToneOf(letter));
                    Assert.Equal(letter, VietnameseLetters.WithTone(char.IsUpper(letter) ? char.ToUpperInvariant(row[0]) : row[0], tone));
                    Assert.Equal(char.IsUpper(letter) ? char.ToUpperInvariant(row[0]) : row[0], VietnameseLetters.WithoutTone(letter));
                }
        // The letter table's numbering (VietnameseLetters: 2 = sắc) is that of the combining marks, as the decoders use it.
        foreach (var vowel in VietnameseLetters.TonelessVowels)
            foreach (var mark in "\u0300\u0301\u0309\u0303\u0323")
            {
                var composed = (vowel.ToString() + mark).Normalize(NormalizationForm.FormC);
                Assert.Equal(VietnameseLetters.ToneOfMark(mark), VietnameseLetters.ToneOf(composed[0]));
            }
        Assert.Equal(Tone.Acute, VietnameseLetters.ToneOf('á'));
        Assert.Equal(Tone.Hook, VietnameseLetters.ToneOf('ả'));
    }

    [Fact]
    public void The_channel_reads_every_plain_syllable_as_itself_and_repairs_only_what_is_no_syllable()
    {
        var channel = OcrChannel.Shipped;
        var plain = VietnameseSyllable.Inventory().Select(VietnameseFold.Fold).Distinct().ToList();
        foreach (var word in plain)
        {
            Assert.Contains(word, channel.PlainReadings(word));
            Assert.True(channel.Explains(word, word), word);
            // A sound syllable is never "repaired", except spellings only loan words use, where a misread is likelier.
            var repaired = channel.RepairFolded(word);
            Assert.True(repaired == word || VietnameseSyllable.IsPlain(repaired) && word != repaired, $"{word} → {repaired}");
        }
        // The learned channel's own notion of a letter without its marks is the kernel's fold.
        foreach (var c in Letters.Where(char.IsLower))
            Assert.Contains(VietnameseFold.FoldChar(c).ToString(), channel.Readings(c.ToString()));
    }

    [Fact]
    public void A_stripped_and_damaged_word_is_read_back_by_the_channel()
    {
        // Damage drawn from the channel's own commonest confusions, applied at random to plain syllables.
        (char Clean, string Glyph)[] damage = [('o', "6"), ('a', "4"), ('l', "1"), ('u', "w"), ('u', "ir"), ('o', "d")];
        var channel = OcrChannel.Shipped;
        var plain = VietnameseSyllable.Inventory().Select(VietnameseFold.Fold).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(Seed + 3);
        for (var round = 0; round < 2000; round++)
        {
            var word = plain[random.Next(plain.Count)];
            var (clean, glyph) = damage[random.Next(damage.Length)];
            var at = word.IndexOf(clean);
            if (at <= 0)
                continue;
            var damaged = word[..at] + glyph + word[(at + 1)..];
            var readings = channel.PlainReadings(damaged);
            Assert.True(readings.Contains(word), $"{damaged} ← {word}: {string.Join(' ', readings)}");
            Assert.True(channel.Explains(damaged, word), $"{damaged} ← {word}");
        }
    }

    private static string Show(string s) => string.Concat(s.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
