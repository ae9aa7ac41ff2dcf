using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// Puts tone marks and vowel marks back into Vietnamese text that lost them (stripped text, OCR without a Vietnamese
/// model). A noisy-channel decoder over syllables: for each word the candidates are the known syllables whose plain
/// spelling the <see cref="OcrChannel"/> can turn into what was observed; a beam search picks the sequence that
/// maximises 4-gram language-model score plus channel score. Numbers, punctuation, words that cannot be Vietnamese
/// syllables and paragraphs that already carry their marks are left exactly as they were.
/// </summary>
public sealed class ToneRestorer
{
    public const string ModelResourceName = "NghiQuyet.Ingest.Restoration.Model.vi-syllable-lm.bin";
    public const string ModelPathVariable = "NGHIQUYET_LM_MODEL";

    private static readonly Lazy<Result<ToneRestorer>> Shipped = new(CreateShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped model and unit names, read at the same time: each takes a good part of a command's start.</summary>
    private static Result<ToneRestorer> CreateShipped()
    {
        var names = Task.Run(() => Restoration.UnitNames.Shipped);
        return LoadShipped().Map(model => new ToneRestorer(model) { UnitNames = names.GetAwaiter().GetResult() });
    }

    private readonly Dictionary<string, int[]> _byPlainSpelling = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Candidate[]> _cache = new(StringComparer.Ordinal);

    /// <param name="channel">The OCR channel; null: the kernel's shipped one (<see cref="OcrChannel.Shipped"/>).</param>
    public ToneRestorer(SyllableLanguageModel model, OcrChannel? channel = null)
    {
        Model = model;
        Channel = channel ?? OcrChannel.Shipped;
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = SyllableLanguageModel.Specials.Length; id < model.VocabularySize; id++)
        {
            var plain = VietnameseFold.Fold(model.WordOf(id));
            if (!groups.TryGetValue(plain, out var list))
                groups[plain] = list = [];
            list.Add(id);
        }
        foreach (var (plain, ids) in groups)
            _byPlainSpelling[plain] = ids.ToArray();
    }

    /// <summary>The restorer with the model shipped in this assembly (or the file named by $NGHIQUYET_LM_MODEL), loaded once.</summary>
    public static ToneRestorer Default => Shipped.Value.Success ? Shipped.Value.Value : throw new InvalidOperationException(Shipped.Value.Error);

    /// <summary>The shipped restorer, or the Vietnamese message saying why it cannot be loaded.</summary>
    public static Result<ToneRestorer> TryDefault() => Shipped.Value;

    public SyllableLanguageModel Model { get; }

    /// <summary>What OCR does to letters: the kernel's one confusion model, shared with the extractor and the catalog.</summary>
    public OcrChannel Channel { get; }

    /// <summary>Weight of the channel score against the language model score (both log10).</summary>
    public double ChannelWeight { get; init; } = 1.0;

    public int BeamWidth { get; init; } = 8;

    /// <summary>Official unit names that names after a kind word ("xã", "tỉnh" …) are restored against; null: none.</summary>
    internal UnitNames? UnitNames
    {
        // The shipped names are only read when none were given, so that the caller may read them meanwhile.
        get => _unitNamesGiven ? _unitNames : Restoration.UnitNames.Shipped;
        init => (_unitNames, _unitNamesGiven) = (value, true);
    }

    private readonly UnitNames? _unitNames;
    private readonly bool _unitNamesGiven;

    public int MaxCandidates { get; init; } = 16;

    /// <summary>log10 penalty for keeping a valid syllable that never occurred in training.</summary>
    public float OutOfVocabularyPenalty { get; init; } = -3f;

    /// <summary>Sentences longer than this many words are decoded in pieces, so that memory stays bounded on huge lines.</summary>
    private const int MaxSegment = 256;

    public static Result<SyllableLanguageModel> LoadShipped()
    {
        var path = Environment.GetEnvironmentVariable(ModelPathVariable);
        if (!string.IsNullOrEmpty(path))
            return LoadFile(path);
        using var stream = typeof(ToneRestorer).Assembly.GetManifestResourceStream(ModelResourceName);
        if (stream is null)
            return Result<SyllableLanguageModel>.Fail(Messages.RestorationModelMissing);
        try
        {
            return Result<SyllableLanguageModel>.Ok(SyllableLanguageModel.Load(stream));
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            return Result<SyllableLanguageModel>.Fail(string.Format(Messages.RestorationModelInvalid, ModelResourceName, ex.Message));
        }
    }

    public static Result<SyllableLanguageModel> LoadFile(string path)
    {
        if (!File.Exists(path))
            return Result<SyllableLanguageModel>.Fail(string.Format(Messages.FileNotFound, path));
        try
        {
            using var stream = File.OpenRead(path);
            return Result<SyllableLanguageModel>.Ok(SyllableLanguageModel.Load(stream));
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            return Result<SyllableLanguageModel>.Fail(string.Format(Messages.RestorationModelInvalid, path, ex.Message));
        }
    }

    /// <summary>
    /// Restores a whole text. Line breaks are kept as they are; paragraphs (separated by blank lines) are decided one by
    /// one: a paragraph that already carries its marks, or is not Vietnamese, comes back unchanged.
    /// </summary>
    public string Restore(string text)
    {
        var lines = text.Split('\n');
        var documentStripped = ToneMarkDetector.LooksStripped(lines);
        string? documentFold = null;
        var output = new string[lines.Length];
        var i = 0;
        while (i < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                output[i] = lines[i];
                i++;
                continue;
            }
            var start = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
                i++;
            var paragraph = lines[start..i];
            var restored = paragraph;
            if (ShouldRestore(paragraph, documentStripped))
                restored = RestoreLines(paragraph, documentFold ??= UnitNames.Fold(text));
            for (var k = 0; k < paragraph.Length; k++)
                output[start + k] = restored[k];
        }
        return string.Join('\n', output);
    }

    /// <summary>Whether a paragraph lacks its marks and looks like Vietnamese (not English, not a table of codes).</summary>
    public bool ShouldRestore(IReadOnlyList<string> paragraph, bool documentStripped)
    {
        var normalized = paragraph.Select(Core.Text.UnicodeForms.FormC).ToList();
        int words = 0, restorable = 0, marked = 0;
        foreach (var line in normalized)
            foreach (var token in SyllableTokenizer.Tokenize(line))
            {
                if (token.Kind != TokenKind.Word)
                    continue;
                var text = line.Substring(token.Start, token.Length);
                if (SyllableTokenizer.AllDigits(text) || text.Length < 2)
                    continue;
                words++;
                if (text.Any(ToneMarkDetector.CountsAsMark))
                    marked++;
                // A word counts as damaged Vietnamese only if a candidate explains it with likely OCR confusions:
                // English words find Vietnamese candidates too ("river" → "rượu"), but only through rare ones.
                if (Candidates(text).Any(c => c.Channel >= PlausibleChannelScore))
                    restorable++;
            }
        if (words == 0 || restorable < 0.6 * words)
            return false;
        return words >= 3 ? marked < ToneMarkDetector.StrippedThreshold * words : documentStripped;
    }

    public string RestoreLine(string line) => RestoreLines([line])[0];

    /// <summary>
    /// Restores lines that belong together (one paragraph: context flows from line to line). Every line is restored;
    /// use <see cref="Restore"/> to leave correct paragraphs alone.
    /// </summary>
    public IReadOnlyList<string> RestoreLines(IReadOnlyList<string> lines) => RestoreLines(lines, null);

    /// <summary>Restores a paragraph; <paramref name="documentFold"/> tells which provinces the whole text names.</summary>
    private string[] RestoreLines(IReadOnlyList<string> lines, string? documentFold)
    {
        var normalized = lines.Select(Core.Text.UnicodeForms.FormC).ToArray();
        var replacements = new Dictionary<(int Line, int Start), (int Length, string Text)>();
        var segment = new List<Slot>();
        for (var li = 0; li < normalized.Length; li++)
        {
            var line = normalized[li];
            var tokens = SyllableTokenizer.Tokenize(line);
            var afterWord = false;
            for (var ti = 0; ti < tokens.Count; ti++)
            {
                var token = tokens[ti];
                switch (token.Kind)
                {
                    case TokenKind.Space:
                        continue;
                    case TokenKind.Punctuation when SyllableTokenizer.IsSentenceEnd(line[token.Start]):
                        Decode(segment, normalized, replacements);
                        afterWord = false;
                        continue;
                    case TokenKind.Punctuation:
                        if (segment.Count > 0 && segment[^1].Fixed != SyllableLanguageModel.PunctId)
                            segment.Add(new Slot(li, token.Start, token.Length, [], SyllableLanguageModel.PunctId));
                        afterWord = false;
                        continue;
                }
                var word = line.Substring(token.Start, token.Length);
                var next = ti + 1 < tokens.Count && tokens[ti + 1].Kind == TokenKind.Punctuation ? line[tokens[ti + 1].Start] : ' ';
                segment.Add(WithCase(MakeSlot(li, token, word, next), word, afterWord));
                afterWord = true;
                if (segment.Count >= MaxSegment)
                    Decode(segment, normalized, replacements);
            }
        }
        Decode(segment, normalized, replacements);

        var result = new string[lines.Count];
        var byLine = replacements.GroupBy(r => r.Key.Line).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Key.Start).ToList());
        for (var li = 0; li < normalized.Length; li++)
        {
            var line = normalized[li];
            if (!byLine.TryGetValue(li, out var mine))
            {
                result[li] = lines[li];
                continue;
            }
            var sb = new StringBuilder(line.Length + 16);
            var at = 0;
            foreach (var ((_, start), (length, text)) in mine)
            {
                sb.Append(line, at, start - at).Append(text);
                at = start + length;
            }
            sb.Append(line, at, line.Length - at);
            result[li] = sb.ToString();
        }
        if (UnitNames is { } names)
        {
            documentFold ??= UnitNames.Fold(string.Join('\n', normalized));
            for (var li = 0; li < result.Length; li++)
                result[li] = names.Apply(normalized[li], result[li], Channel, documentFold);
        }
        return result;
    }

    private Slot MakeSlot(int line, TextToken token, string word, char next)
    {
        if (SyllableTokenizer.AllDigits(word))
        {
            // OCR reads "là" as "1a", "13" or "14" and "lộ" as "16": a short number is offered both ways and the
            // language model decides whether the context wants a number or a word.
            var asWords = word.Length <= MaxDigitWord ? Candidates(word) : [];
            return asWords.Length == 0
                ? new Slot(line, token.Start, token.Length, [], SyllableLanguageModel.NumId)
                : new Slot(line, token.Start, token.Length, [new Candidate(SyllableLanguageModel.NumId, NumberKeptScore, word, true), .. asWords], -1);
        }
        // Roman numerals and list letters ("II.", "XV", "a)") are headings, not syllables.
        if ((next is '.' or ')' && word.Length <= 4 && word.All(c => "IVXLCDM".Contains(c))) || (next == ')' && word.Length == 1))
            return new Slot(line, token.Start, token.Length, [], SyllableLanguageModel.UnkId);
        var candidates = Candidates(word);
        return candidates.Length == 0
            ? new Slot(line, token.Start, token.Length, [], SyllableLanguageModel.UnkId)
            : new Slot(line, token.Start, token.Length, candidates, -1);
    }

    /// <summary>
    /// After another word (where case carries meaning) a lower-case "da" is rarely the place-name syllable "Đạ" and a
    /// capitalised "Bui" rarely the common word "bui": each candidate gets log10 P(observed case | syllable), learned
    /// from the training text. Words after punctuation, at a line start or in capitals are left to the other scores.
    /// </summary>
    private Slot WithCase(Slot slot, string word, bool afterWord)
    {
        if (!afterWord || slot.Fixed >= 0 || slot.Candidates.Length == 0 || !char.IsLetter(word[0]))
            return slot;
        var letters = word.Count(char.IsLetter);
        var upper = char.IsUpper(word[0]);
        if (upper && letters > 1 && word.Where(char.IsLetter).All(char.IsUpper))
            return slot;
        var candidates = new Candidate[slot.Candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = slot.Candidates[i];
            var caseScore = c.Id < SyllableLanguageModel.Specials.Length ? 0f
                : upper ? Model.CapitalisedLog10(c.Id) : Model.LowerCaseLog10(c.Id);
            candidates[i] = c with { Channel = c.Channel + Math.Max(caseScore, MaxCasePenalty) };
        }
        return slot with { Candidates = candidates };
    }

    /// <summary>The case evidence never outweighs this much (log10): names do turn up in lower case in careless text.</summary>
    private const float MaxCasePenalty = -2.5f;

    /// <summary>Candidate syllables for an observed word, best first by channel and unigram score; empty when none fits.</summary>
    internal Candidate[] Candidates(string word)
    {
        if (_cache.TryGetValue(word, out var cached))
            return cached;
        var result = ComputeCandidates(word);
        if (_cache.Count > 200_000)
            _cache.Clear();
        _cache[word] = result;
        return result;
    }

    private Candidate[] ComputeCandidates(string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        if (lower.Length > 10 || (SyllableTokenizer.AllDigits(lower) && lower.Length > MaxDigitWord))
            return [];
        var ids = new HashSet<int>();
        var readings = Channel.Readings(lower, 48);
        foreach (var reading in readings)
            if (_byPlainSpelling.TryGetValue(reading, out var matches))
                ids.UnionWith(matches);
        // Tesseract drops a marked vowel it cannot read ("b" for "bộ", "tt" for "tốt", "x" for "xã"): short words may
        // get one vowel back; the channel's learned deletion cost keeps this from rewriting words that were read well.
        if (lower.Length <= MaxDroppedVowelWord)
            foreach (var reading in readings.Take(8))
                for (var at = 0; at <= reading.Length; at++)
                    foreach (var vowel in "aeiouy")
                        if (_byPlainSpelling.TryGetValue(reading.Insert(at, vowel.ToString()), out var inserted))
                            ids.UnionWith(inserted);
        if (SyllableTokenizer.AllDigits(lower))
        {
            ids.Remove(SyllableLanguageModel.UnkId);
            if (ids.Count == 0)
                return [];
        }
        var identity = -1;
        if (VietnameseSyllable.IsSyllable(lower))
        {
            identity = Model.IdOf(VietnameseSyllable.Canonical(lower));
            ids.Add(identity);
        }
        if (ids.Count == 0 && AllowsRepair(word))
            return RepairCandidates(lower);
        if (ids.Count == 0)
            return [];
        var canonical = VietnameseSyllable.Canonical(lower);
        var scored = ids.Select(id =>
            {
                var text = id == SyllableLanguageModel.UnkId ? canonical : Model.WordOf(id);
                var channel = text == canonical ? Channel.Score(canonical, text) : Channel.Score(lower, text);
                // A syllable the training text never used is far less likely than the model's <unk> mass suggests.
                if (id == SyllableLanguageModel.UnkId)
                    channel += OutOfVocabularyPenalty;
                return new Candidate(id, channel, text, id == identity);
            })
            .OrderByDescending(c => c.Channel + Model.UnigramLog10(c.Id))
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .ToArray();
        return scored;
    }

    /// <summary>
    /// Lower-case words of 2–7 characters that no reading explains ("cia", "qubc") are OCR errors beyond the learned
    /// confusions more often than foreign words; capitalised words are left alone as they are likely names.
    /// </summary>
    private static bool AllowsRepair(string word) =>
        word.Length is >= 2 and <= 7 && !char.IsUpper(word[0]) && word.Any(char.IsLetter);

    /// <summary>Syllables one letter edit (substitution or deletion) away from the word's plain reading, plus the word itself.</summary>
    private Candidate[] RepairCandidates(string lower)
    {
        var plain = new string(lower.Where(char.IsLetter).Select(VietnameseFold.FoldChar).ToArray());
        var ids = new HashSet<int>();
        for (var i = 0; i < plain.Length; i++)
        {
            if (_byPlainSpelling.TryGetValue(plain.Remove(i, 1), out var deleted))
                ids.UnionWith(deleted);
            var chars = plain.ToCharArray();
            for (var c = 'a'; c <= 'z'; c++)
            {
                chars[i] = c;
                if (_byPlainSpelling.TryGetValue(new string(chars), out var substituted))
                    ids.UnionWith(substituted);
            }
        }
        if (ids.Count == 0)
            return [];
        var candidates = ids.Select(id => new Candidate(id, Channel.Score(lower, Model.WordOf(id)), Model.WordOf(id), false))
            .OrderByDescending(c => c.Channel + Model.UnigramLog10(c.Id))
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .Take(MaxCandidates - 1)
            .ToList();
        candidates.Add(new Candidate(SyllableLanguageModel.UnkId, KeepUnknownScore, lower, true));
        return [.. candidates];
    }

    /// <summary>log10 channel score above which a candidate is a plausible reading of what OCR made of a word.</summary>
    private const float PlausibleChannelScore = -2f;

    /// <summary>Digit tokens up to this length may stand for a syllable ("13" for "là").</summary>
    private const int MaxDigitWord = 2;

    /// <summary>Observed words up to this length may have lost a vowel.</summary>
    private const int MaxDroppedVowelWord = 3;

    /// <summary>log10 channel score of a number staying a number (against reading it as a syllable).</summary>
    public float NumberKeptScore { get; init; } = -0.05f;

    /// <summary>log10 channel score of keeping an unexplained word as it is, against a one-edit repair.</summary>
    public float KeepUnknownScore { get; init; } = -5f;

    private void Decode(List<Slot> segment, string[] lines, Dictionary<(int, int), (int, string)> replacements)
    {
        if (segment.Count == 0)
            return;
        var lm = Model;
        const int bos = SyllableLanguageModel.BosId;
        var beam = new List<State> { new(bos, bos, bos, 0, -1, -1) };
        var history = new List<State[]>(segment.Count);
        var next = new Dictionary<long, int>();
        var expanded = new List<State>();
        foreach (var slot in segment)
        {
            next.Clear();
            expanded.Clear();
            for (var si = 0; si < beam.Count; si++)
            {
                var state = beam[si];
                var bigram = lm.FindBigram(state.B, state.C);
                var trigram = lm.FindTrigram(lm.FindBigram(state.A, state.B), state.C);
                var count = slot.Fixed >= 0 ? 1 : slot.Candidates.Length;
                for (var ci = 0; ci < count; ci++)
                {
                    var id = slot.Fixed >= 0 ? slot.Fixed : slot.Candidates[ci].Id;
                    var score = state.Score + lm.Log10InContext(trigram, bigram, state.C, id);
                    if (slot.Fixed < 0)
                        score += (float)(ChannelWeight * slot.Candidates[ci].Channel);
                    // Hypotheses that agree on the last three words have the same future: keep the better.
                    var key = (long)state.B << 32 | (long)state.C << 16 | (uint)id;
                    if (next.TryGetValue(key, out var existing))
                    {
                        if (score <= expanded[existing].Score)
                            continue;
                        expanded[existing] = new State(state.B, state.C, id, score, si, ci);
                    }
                    else
                    {
                        next[key] = expanded.Count;
                        expanded.Add(new State(state.B, state.C, id, score, si, ci));
                    }
                }
            }
            expanded.Sort((x, y) => y.Score.CompareTo(x.Score));
            if (expanded.Count > BeamWidth)
                expanded.RemoveRange(BeamWidth, expanded.Count - BeamWidth);
            var kept = expanded.ToArray();
            history.Add(kept);
            beam = [.. kept];
        }
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var si = 0; si < beam.Count; si++)
        {
            var s = beam[si].Score + lm.Log10(beam[si].A, beam[si].B, beam[si].C, SyllableLanguageModel.EosId);
            if (s > bestScore)
            {
                bestScore = s;
                best = si;
            }
        }
        for (var t = segment.Count - 1; t >= 0; t--)
        {
            var state = history[t][best];
            var slot = segment[t];
            if (slot.Fixed < 0)
            {
                var chosen = slot.Candidates[state.Candidate];
                if (!chosen.Identity)
                {
                    var original = lines[slot.Line].Substring(slot.Start, slot.Length);
                    var text = KeepMarkPosition(original.ToLower(CultureInfo.InvariantCulture), chosen.Text);
                    replacements[(slot.Line, slot.Start)] = (slot.Length, ApplyCase(original, text));
                }
            }
            best = state.Parent;
        }
        segment.Clear();
    }

    /// <summary>
    /// Puts the tone where the observed word had a tone mark when both placements spell the same syllable: OCR'd
    /// "khoé" becomes "khoẻ", not the canonical "khỏe", so a text keeps its own (old or new) placement style.
    /// </summary>
    internal static string KeepMarkPosition(string observedLower, string restored)
    {
        if (observedLower.Length != restored.Length)
            return restored;
        var observedAt = -1;
        for (var i = 0; i < observedLower.Length; i++)
            if (VietnameseLetters.ToneOf(observedLower[i]) != Tone.Level)
                observedAt = i;
        var restoredAt = -1;
        for (var i = 0; i < restored.Length; i++)
            if (VietnameseLetters.ToneOf(restored[i]) != Tone.Level)
                restoredAt = i;
        if (observedAt < 0 || restoredAt < 0 || observedAt == restoredAt || !VietnameseLetters.IsVowel(restored[observedAt]))
            return restored;
        var chars = restored.ToCharArray();
        var (toneless, tone) = VietnameseLetters.Split(chars[restoredAt]);
        chars[restoredAt] = toneless;
        chars[observedAt] = VietnameseLetters.WithTone(VietnameseLetters.WithoutTone(chars[observedAt]), tone);
        var moved = new string(chars);
        return VietnameseSyllable.Canonical(moved) == restored ? moved : restored;
    }

    /// <summary>Gives the restored syllable the case of the observed word: "DANG" → "ĐẢNG", "Pang" → "Đảng".</summary>
    internal static string ApplyCase(string original, string lower)
    {
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
            return lower.ToUpper(CultureInfo.InvariantCulture);
        if (letters.Count == 1 && original.Length == 1 && char.IsUpper(original[0]))
            return lower.ToUpper(CultureInfo.InvariantCulture);
        if (char.IsUpper(original[0]))
            return char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..];
        return lower;
    }

    internal readonly record struct Candidate(int Id, float Channel, string Text, bool Identity);

    private readonly record struct Slot(int Line, int Start, int Length, Candidate[] Candidates, int Fixed);

    private readonly record struct State(int A, int B, int C, float Score, int Parent, int Candidate);
}
