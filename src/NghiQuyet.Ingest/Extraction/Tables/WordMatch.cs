using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Extraction.Tables;

/// <summary>
/// Tone-aware word comparison. A tone-marked word must carry the right marks ("đất", land, is not "đạt", met); a word
/// with no marks at all (OCR that lost them, or typing without them) matches by its folded form.
/// </summary>
internal static class WordMatch
{
    public static bool Same(string word, string canonical)
    {
        var lower = word.ToLowerInvariant();
        var canon = canonical.ToLowerInvariant();
        if (lower == canon)
            return true;
        var folded = VietnameseFold.Fold(word);
        if (folded == lower || IsScannerAccented(lower))
        {
            var canonicalFolded = VietnameseFold.Fold(canonical);
            // A scanned word is compared as a damaged syllable repaired ("d6éng" is "đồng"), never the other way round.
            return folded == canonicalFolded || (HasScanDamage(folded) && OcrChannel.Shipped.RepairFolded(folded) == canonicalFolded);
        }
        return false;
    }

    /// <summary>
    /// A word prepared once for comparing against many canonical words (a lexicon looked up at every row end): its lower
    /// case, its fold, whether it may match by its fold, and its look-alike repair. <see cref="Same(in Key, in Key)"/>
    /// on two keys answers exactly what <see cref="Same(string, string)"/> answers on the two words.
    /// </summary>
    public readonly record struct Key(string Lower, string Folded, bool ByFold, string? Repaired)
    {
        public static Key Of(string word)
        {
            var lower = word.ToLowerInvariant();
            var folded = VietnameseFold.Fold(word);
            var byFold = folded == lower || IsScannerAccented(lower);
            return new Key(lower, folded, byFold, byFold && HasScanDamage(folded) ? OcrChannel.Shipped.RepairFolded(folded) : null);
        }
    }

    /// <summary><see cref="Same(string, string)"/> of two prepared words, the second canonical.</summary>
    public static bool Same(in Key word, in Key canonical) =>
        word.Lower == canonical.Lower
        || (word.ByFold && (word.Folded == canonical.Folded || (word.Repaired is { } repaired && repaired == canonical.Folded)));

    private static bool HasScanDamage(string folded) => folded.Any(char.IsAsciiDigit) || folded.Any(c => c is 'w' or 'f' or 'j' or 'z');

    /// <summary>
    /// A word whose only marks are the Latin-1 accents an English OCR model puts on Vietnamese vowels ("tiéu", "d6éng",
    /// "Dang vién"): no Vietnamese spelling looks like that, so the marks are noise, not tones to honour.
    /// </summary>
    private static bool IsScannerAccented(string lower)
    {
        var accented = false;
        foreach (var c in lower)
        {
            if (c < 128)
                continue;
            if (c is 'é' or 'è' or 'ó' or 'ò' or 'á' or 'à' or 'í' or 'ì' or 'ú' or 'ù' or '€' or '¢')
            {
                accented = true;
                continue;
            }
            return false;
        }
        // A clean Vietnamese word with a plain acute ("có", "là") has a valid syllable under it; a scanner's does not always.
        return accented && !VietnameseSyllable.IsValid(lower);
    }

    /// <summary>Whether <paramref name="words"/>[start..start+phrase.Length) is <paramref name="phrase"/>.</summary>
    public static bool SameAt(IReadOnlyList<string> words, int start, IReadOnlyList<string> phrase)
    {
        if (start < 0 || start + phrase.Count > words.Count)
            return false;
        for (var i = 0; i < phrase.Count; i++)
            if (!Same(words[start + i], phrase[i]))
                return false;
        return true;
    }

    public static string[] Words(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
