using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

using NghiQuyet.Core.Text;

namespace NghiQuyet.Ingest.Restoration;

/// <summary>
/// A syllable 4-gram model (interpolated Kneser-Ney, pruned) stored as a trie: for each word its bigram successors, for
/// each bigram its trigram successors, for each trigram its 4-gram successors, each list sorted by word id so that a
/// lookup is a binary search. Probabilities
/// and back-off weights are log10 values quantised to one byte (steps of 0.05). The OCR channel is not part of it: it is
/// the kernel's <see cref="OcrChannel"/>, shared with the extractor and the catalog. Version 1 and 2 files carried a
/// copy of the channel at their end; it is skipped when they are read.
/// </summary>
public sealed class SyllableLanguageModel
{
    private const string Magic = "NQLM";
    private const int Version = 3;
    internal const float QuantStep = 0.05f;

    public const int BosId = 0, EosId = 1, UnkId = 2, NumId = 3, PunctId = 4;
    internal static readonly string[] Specials = ["<s>", "</s>", "<unk>", "<num>", "<p>"];

    private readonly string[] _words;
    private readonly Dictionary<string, int> _ids;
    private readonly byte[] _uniProb, _uniBackoff;
    private readonly int[] _biStart;
    private readonly ushort[] _biWord;
    private readonly byte[] _biProb, _biBackoff;
    private readonly int[] _triStart;
    private readonly ushort[] _triWord;
    private readonly byte[] _triProb, _triBackoff;
    private readonly int[] _quadStart;
    private readonly ushort[] _quadWord;
    private readonly byte[] _quadProb;
    private byte[] _caseLower, _caseUpper;

    /// <summary>What the model was trained on, written by train-lm.</summary>
    public string Description { get; }

    internal SyllableLanguageModel(string[] words, byte[] uniProb, byte[] uniBackoff, int[] biStart, ushort[] biWord, byte[] biProb,
        byte[] biBackoff, int[] triStart, ushort[] triWord, byte[] triProb, byte[] triBackoff, int[] quadStart, ushort[] quadWord,
        byte[] quadProb, string description)
    {
        _words = words;
        _ids = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
            _ids[words[i]] = i;
        (_uniProb, _uniBackoff, _biStart, _biWord, _biProb, _biBackoff, _triStart, _triWord, _triProb) =
            (uniProb, uniBackoff, biStart, biWord, biProb, biBackoff, triStart, triWord, triProb);
        (_triBackoff, _quadStart, _quadWord, _quadProb) = (triBackoff, quadStart, quadWord, quadProb);
        _caseLower = new byte[words.Length];
        _caseUpper = new byte[words.Length];
        Description = description;
    }

    public int VocabularySize => _words.Length;

    /// <summary>
    /// log10 P(the word is written capitalised | syllable), where case carries meaning (after another word): near 0 for
    /// place-name syllables ("pằn"), strongly negative for function words ("đã"). <see cref="LowerCaseLog10"/> the converse.
    /// </summary>
    public float CapitalisedLog10(int w) => Dequant(_caseUpper[w]);

    public float LowerCaseLog10(int w) => Dequant(_caseLower[w]);

    internal SyllableLanguageModel WithCase((byte[] Lower, byte[] Upper) scores)
    {
        if (scores.Lower.Length != _words.Length || scores.Upper.Length != _words.Length)
            throw new ArgumentException("one case score per word", nameof(scores));
        (_caseLower, _caseUpper) = scores;
        return this;
    }
    public int BigramCount => _biWord.Length;
    public int TrigramCount => _triWord.Length;
    public int FourgramCount => _quadWord.Length;
    public IReadOnlyList<string> Words => _words;

    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : UnkId;

    public string WordOf(int id) => _words[id];

    internal static float Dequant(byte q) => -q * QuantStep;

    internal static byte Quant(double log10) => (byte)Math.Clamp((int)Math.Round(-log10 / QuantStep), 0, 255);

    public float UnigramLog10(int w) => Dequant(_uniProb[w]);

    /// <summary>Index of bigram (a, b) in the bigram arrays, or -1.</summary>
    internal int FindBigram(int a, int b)
    {
        var lo = _biStart[a];
        var hi = _biStart[a + 1] - 1;
        var span = _biWord.AsSpan(lo, hi - lo + 1);
        var i = span.BinarySearch((ushort)b);
        return i >= 0 ? lo + i : -1;
    }

    /// <summary>Index of trigram (a b c) given the index of bigram (a b) (-1 if absent), or -1.</summary>
    internal int FindTrigram(int bigram, int c)
    {
        if (bigram < 0)
            return -1;
        var lo = _triStart[bigram];
        var len = _triStart[bigram + 1] - lo;
        if (len == 0)
            return -1;
        var i = _triWord.AsSpan(lo, len).BinarySearch((ushort)c);
        return i >= 0 ? lo + i : -1;
    }

    /// <summary>log10 P(w | a b c) with back-off through the trie.</summary>
    public float Log10(int a, int b, int c, int w) => Log10InContext(FindTrigram(FindBigram(a, b), c), FindBigram(b, c), c, w);

    /// <summary>
    /// log10 P(w | a b c) when the indices of trigram (a b c) and bigram (b c) are known (-1 if absent): a decoder
    /// looks them up once per hypothesis instead of once per candidate.
    /// </summary>
    internal float Log10InContext(int contextTrigram, int contextBigram, int c, int w)
    {
        var backoff = 0f;
        if (contextTrigram >= 0)
        {
            var lo = _quadStart[contextTrigram];
            var len = _quadStart[contextTrigram + 1] - lo;
            if (len > 0)
            {
                var i = _quadWord.AsSpan(lo, len).BinarySearch((ushort)w);
                if (i >= 0)
                    return Dequant(_quadProb[lo + i]);
            }
            backoff = Dequant(_triBackoff[contextTrigram]);
        }
        return backoff + Log10InContext(contextBigram, c, w);
    }

    /// <summary>log10 P(w | a b) with back-off through the trie.</summary>
    public float Log10(int a, int b, int w) => Log10InContext(FindBigram(a, b), b, w);

    /// <summary>Same as <see cref="Log10(int,int,int)"/> when the index of bigram (a, b) is already known (-1 if absent).</summary>
    internal float Log10InContext(int contextBigram, int b, int w)
    {
        var backoff = 0f;
        if (contextBigram >= 0)
        {
            var lo = _triStart[contextBigram];
            var len = _triStart[contextBigram + 1] - lo;
            if (len > 0)
            {
                var i = _triWord.AsSpan(lo, len).BinarySearch((ushort)w);
                if (i >= 0)
                    return Dequant(_triProb[lo + i]);
            }
            backoff = Dequant(_biBackoff[contextBigram]);
        }
        var bi = FindBigram(b, w);
        if (bi >= 0)
            return backoff + Dequant(_biProb[bi]);
        return backoff + Dequant(_uniBackoff[b]) + Dequant(_uniProb[w]);
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Description);
        w.Write(_words.Length);
        foreach (var word in _words)
            w.Write(word);
        WriteArray(w, _uniProb);
        WriteArray(w, _uniBackoff);
        WriteArray(w, _biStart);
        WriteArray(w, _biWord);
        WriteArray(w, _biProb);
        WriteArray(w, _biBackoff);
        WriteArray(w, _triStart);
        WriteArray(w, _triWord);
        WriteArray(w, _triProb);
        WriteArray(w, _triBackoff);
        WriteArray(w, _quadStart);
        WriteArray(w, _quadWord);
        WriteArray(w, _quadProb);
        WriteArray(w, _caseLower);
        WriteArray(w, _caseUpper);
    }

    /// <summary>
    /// Reads a model as <see cref="Save"/> wrote it (gzip'd), or unpacked: the build embeds the shipped model unpacked,
    /// so that loading it is a copy out of the mapped assembly instead of inflating 32 MB.
    /// </summary>
    public static SyllableLanguageModel Load(Stream stream)
    {
        if (stream.CanSeek && !StartsWithGzipMagic(stream))
        {
            using var raw = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            return Load(raw);
        }
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        return Load(r);
    }

    private static bool StartsWithGzipMagic(Stream stream)
    {
        var at = stream.Position;
        Span<byte> head = stackalloc byte[2];
        var n = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        stream.Position = at;
        return n == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }

    private static SyllableLanguageModel Load(BinaryReader r)
    {
        if (r.ReadString() != Magic)
            throw new InvalidDataException("not a NghiQuyet syllable model");
        var version = r.ReadInt32();
        if (version is not (1 or 2 or Version))
            throw new InvalidDataException($"syllable model version {version} is not supported");
        var description = r.ReadString();
        var n = r.ReadInt32();
        var words = new string[n];
        for (var i = 0; i < n; i++)
            words[i] = r.ReadString();
        var uniProb = ReadArray<byte>(r);
        var uniBackoff = ReadArray<byte>(r);
        var biStart = ReadArray<int>(r);
        var biWord = ReadArray<ushort>(r);
        var biProb = ReadArray<byte>(r);
        var biBackoff = ReadArray<byte>(r);
        var triStart = ReadArray<int>(r);
        var triWord = ReadArray<ushort>(r);
        var triProb = ReadArray<byte>(r);
        // Version 1 files are trigram models: no 4-grams, no back-off below a trigram.
        var triBackoff = version == 1 ? new byte[triWord.Length] : ReadArray<byte>(r);
        var quadStart = version == 1 ? new int[triWord.Length + 1] : ReadArray<int>(r);
        var quadWord = version == 1 ? [] : ReadArray<ushort>(r);
        var quadProb = version == 1 ? [] : ReadArray<byte>(r);
        var caseLower = version == 1 ? new byte[n] : ReadArray<byte>(r);
        var caseUpper = version == 1 ? new byte[n] : ReadArray<byte>(r);
        if (version < 3)
            SkipChannelCopy(r);
        if (uniProb.Length != n || biStart.Length != n + 1 || triStart.Length != biWord.Length + 1 || triBackoff.Length != triWord.Length
            || quadStart.Length != triWord.Length + 1 || quadProb.Length != quadWord.Length || caseLower.Length != n || caseUpper.Length != n)
            throw new InvalidDataException("inconsistent model arrays");
        return new SyllableLanguageModel(words, uniProb, uniBackoff, biStart, biWord, biProb, biBackoff, triStart, triWord, triProb,
            triBackoff, quadStart, quadWord, quadProb, description).WithCase((caseLower, caseUpper));
    }

    /// <summary>The channel copy of version 1–2 files: (letter, observed string, count) rows, read past unused.</summary>
    private static void SkipChannelCopy(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n < 0 || n > 1_000_000)
            throw new InvalidDataException("bad channel length");
        for (var i = 0; i < n; i++)
        {
            r.ReadChar();
            r.ReadString();
            r.ReadInt32();
        }
    }

    private static void WriteArray<T>(BinaryWriter w, T[] array) where T : unmanaged
    {
        w.Write(array.Length);
        w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader r) where T : unmanaged
    {
        var n = r.ReadInt32();
        if (n < 0 || n > 100_000_000)
            throw new InvalidDataException("bad array length");
        var array = new T[n];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        return array;
    }
}
