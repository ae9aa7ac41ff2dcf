using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NghiQuyet.Ingest.Tests.Fuzz;

/// <summary>
/// The fuzz harness's damage, seeded: every mutation is chosen from the <see cref="Random"/> it is given and described
/// in words, so a failing case names its seed and what was done. Text (byte flips through UTF-8, truncation, combining
/// marks, odd Unicode, stray figures), raw bytes, zip structure (.docx) and PDF structure.
/// </summary>
internal static class Mutations
{
    /// <summary>Characters that have broken text code before: combining marks, invisible and bidi marks, surrogates, digits of other scripts.</summary>
    public static readonly string[] OddUnicode =
    [
        "\u0330", "\u0301", "\u0303\u0309", "\u0323\u0323\u0323", "\u200B", "\u200D", "\uFEFF", "\u00A0", "\u2009", "\uD83D\uDE00",
        "\uD800", "\uDC00", "\u202E", "\u0000", "\u0085", "\u2028", "\r", "\t", "…", "–", "‰", "²", "½", "٣", "１２", "Ⅻ", "ǅ", "İ",
        "%", "/", "(", ")", ":", ";", "≥", "≤", "\u0110\u0300", "e\u0302\u0301", "\uFFFD", "\uFFFF",
    ];

    public static string Text(string text, Random random, out string what)
    {
        var sb = new StringBuilder(text);
        var kinds = new List<string>();
        var n = random.Next(1, 6);
        for (var k = 0; k < n && sb.Length > 0; k++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(7))
            {
                case 0:
                    var bytes = Encoding.UTF8.GetBytes(sb.ToString());
                    var b = random.Next(bytes.Length);
                    bytes[b] ^= (byte)(1 << random.Next(8));
                    sb.Clear().Append(Encoding.UTF8.GetString(bytes));
                    kinds.Add($"flip byte {b}");
                    break;
                case 1:
                    sb.Length = at;
                    kinds.Add($"truncate at {at}");
                    break;
                case 2:
                    var marks = random.Next(1, 4);
                    sb.Insert(at, string.Concat(Enumerable.Repeat("\u0330", marks)));
                    kinds.Add($"{marks} combining mark(s) at {at}");
                    break;
                case 3:
                    var odd = OddUnicode[random.Next(OddUnicode.Length)];
                    sb.Insert(at, odd);
                    kinds.Add($"U+{(int)odd[0]:X4} at {at}");
                    break;
                case 4:
                    var length = Math.Min(sb.Length - at, random.Next(1, 60));
                    sb.Remove(at, length);
                    kinds.Add($"delete {length} at {at}");
                    break;
                case 5:
                    // A figure in the genre's shapes, in a place it does not belong.
                    string[] figures = ["9", "36,5%", "1.052,4", "2025-2030", "79228162514264337593543950335", "0,", ",5", "1.000.000.000.000", "-3", "3–5"];
                    var f = figures[random.Next(figures.Length)];
                    sb.Insert(at, f);
                    kinds.Add($"figure '{f}' at {at}");
                    break;
                default:
                    var from = random.Next(sb.Length);
                    var len = Math.Min(sb.Length - from, random.Next(1, 200));
                    var chunk = sb.ToString(from, len);
                    sb.Insert(at, chunk);
                    kinds.Add($"copy {len} chars from {from} to {at}");
                    break;
            }
        }
        what = string.Join(", ", kinds);
        return sb.ToString();
    }

    public static byte[] Bytes(byte[] input, Random random, out string what)
    {
        var bytes = new List<byte>(input);
        var kinds = new List<string>();
        var n = random.Next(1, 8);
        for (var k = 0; k < n && bytes.Count > 0; k++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    kinds.Add($"flip bit at {at}");
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    kinds.Add($"byte {at} = {bytes[at]:X2}");
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    kinds.Add($"truncate at {at}");
                    break;
                case 3:
                    var junk = new byte[random.Next(1, 32)];
                    random.NextBytes(junk);
                    bytes.InsertRange(at, junk);
                    kinds.Add($"insert {junk.Length} random bytes at {at}");
                    break;
                default:
                    var len = Math.Min(bytes.Count - at, random.Next(1, 64));
                    bytes.RemoveRange(at, len);
                    kinds.Add($"delete {len} bytes at {at}");
                    break;
            }
        }
        what = string.Join(", ", kinds);
        return [.. bytes];
    }

    /// <summary>Damage to a zip (.docx): its structures (headers, central directory, end record) or an entry's content.</summary>
    public static byte[] Zip(byte[] docx, Random random, out string what)
    {
        switch (random.Next(6))
        {
            case 0:
                return Bytes(docx, random, out what);
            case 1:
            {
                // The end-of-central-directory record: entry counts, directory offset, comment length.
                var copy = (byte[])docx.Clone();
                var eocd = LastIndexOf(copy, [0x50, 0x4B, 0x05, 0x06]);
                var field = random.Next(4, 22);
                if (eocd >= 0 && eocd + field < copy.Length)
                    copy[eocd + field] = (byte)random.Next(256);
                what = $"end record byte {field}";
                return copy;
            }
            case 2:
            {
                // A central-directory entry's sizes, offset or name length.
                var copy = (byte[])docx.Clone();
                var entries = IndexesOf(copy, [0x50, 0x4B, 0x01, 0x02]);
                var entry = entries.Count == 0 ? 0 : entries[random.Next(entries.Count)];
                var field = random.Next(10, 46);
                if (entry + field < copy.Length)
                    copy[entry + field] = (byte)(random.Next(2) == 0 ? 0xFF : random.Next(256));
                what = $"central directory entry at {entry}, byte {field}";
                return copy;
            }
            case 3:
            {
                // A local header's compression method, sizes or name length.
                var copy = (byte[])docx.Clone();
                var headers = IndexesOf(copy, [0x50, 0x4B, 0x03, 0x04]);
                var header = headers.Count == 0 ? 0 : headers[random.Next(headers.Count)];
                var field = random.Next(4, 30);
                if (header + field < copy.Length)
                    copy[header + field] = (byte)random.Next(256);
                what = $"local header at {header}, byte {field}";
                return copy;
            }
            default:
                return RewriteEntries(docx, random, out what);
        }
    }

    /// <summary>Rebuilt with one entry changed: its XML damaged as text, dropped, emptied, or replaced by random bytes.</summary>
    private static byte[] RewriteEntries(byte[] docx, Random random, out string what)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, Data: m.ToArray());
        }).ToList();
        var victim = random.Next(2) == 0 && entries.Any(e => e.FullName == "word/document.xml")
            ? entries.FindIndex(e => e.FullName == "word/document.xml")
            : random.Next(entries.Count);
        var name = entries[victim].FullName;
        switch (random.Next(4))
        {
            case 0:
                var xml = Text(Encoding.UTF8.GetString(entries[victim].Data), random, out var how);
                entries[victim] = (name, Encoding.UTF8.GetBytes(xml));
                what = $"{name}: {how}";
                break;
            case 1:
                entries.RemoveAt(victim);
                what = $"{name} removed";
                break;
            case 2:
                entries[victim] = (name, []);
                what = $"{name} emptied";
                break;
            default:
                var junk = new byte[random.Next(1, 4096)];
                random.NextBytes(junk);
                entries[victim] = (name, junk);
                what = $"{name} = {junk.Length} random bytes";
                break;
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (entryName, data) in entries)
            {
                using var s = zip.CreateEntry(entryName).Open();
                s.Write(data);
            }
        return output.ToArray();
    }

    /// <summary>Damage to a PDF's structure: xref table and trailer, stream lengths, object numbers, content streams.</summary>
    public static byte[] Pdf(byte[] pdf, Random random, out string what)
    {
        var text = Encoding.Latin1.GetString(pdf);
        switch (random.Next(7))
        {
            case 0:
                return Bytes(pdf, random, out what);
            case 1:
            {
                var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
                var replacement = random.Next(3) switch { 0 => "startxref\n0", 1 => "startxref\n99999999", _ => "" };
                what = $"startxref → '{replacement.Replace('\n', ' ')}'";
                return at < 0 ? pdf : Encoding.Latin1.GetBytes(text[..at] + replacement + text[Math.Min(text.Length, at + 20)..]);
            }
            case 2:
            {
                var lengths = IndexesOf(pdf, "/Length "u8.ToArray());
                if (lengths.Count == 0) goto case 0;
                var at = lengths[random.Next(lengths.Count)] + 8;
                var end = at;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                var value = random.Next(4) switch { 0 => "0", 1 => "999999999", 2 => "-5", _ => random.Next(1, 5000).ToString(CultureInfo.InvariantCulture) };
                what = $"/Length at {at} → {value}";
                return Encoding.Latin1.GetBytes(text[..at] + value + text[end..]);
            }
            case 3:
            {
                var objects = IndexesOf(pdf, " 0 obj"u8.ToArray());
                if (objects.Count == 0) goto case 0;
                var at = objects[random.Next(objects.Count)];
                var start = at;
                while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
                var value = random.Next(3) switch { 0 => "0", 1 => "2147483647", _ => random.Next(1, 50).ToString(CultureInfo.InvariantCulture) };
                what = $"object number at {start} → {value}";
                return Encoding.Latin1.GetBytes(text[..start] + value + text[at..]);
            }
            case 4:
            {
                var xref = text.LastIndexOf("xref", StringComparison.Ordinal);
                if (xref < 0) goto case 0;
                var cut = Math.Min(text.Length, xref + random.Next(4, 200));
                what = $"xref table cut at {cut}";
                return Encoding.Latin1.GetBytes(text[..xref] + text[cut..]);
            }
            case 5:
            {
                var streams = IndexesOf(pdf, "stream"u8.ToArray());
                if (streams.Count == 0) goto case 0;
                var at = streams[random.Next(streams.Count)] + 7;
                var junk = new byte[random.Next(1, 64)];
                random.NextBytes(junk);
                what = $"{junk.Length} random bytes inside a stream at {at}";
                return [.. pdf[..Math.Min(at, pdf.Length)], .. junk, .. pdf[Math.Min(at, pdf.Length)..]];
            }
            default:
            {
                // Operators in a content stream: text drawn with odd arguments.
                string[] ops = ["BT /F1 1e308 Tf ET", "BT 99999999 0 0 99999999 0 0 Tm (x) Tj ET", "q 0 0 0 0 0 0 cm Q", "BT [(a) -99999999 (b)] TJ ET", "BT () Tj ET", "BT <FFFE0000D800> Tj ET"];
                var op = ops[random.Next(ops.Length)];
                var streams = IndexesOf(pdf, "stream"u8.ToArray());
                var at = streams.Count == 0 ? pdf.Length / 2 : streams[random.Next(streams.Count)] + 7;
                what = $"operator '{op}' at {at}";
                return [.. pdf[..Math.Min(at, pdf.Length)], .. Encoding.Latin1.GetBytes("\n" + op + "\n"), .. pdf[Math.Min(at, pdf.Length)..]];
            }
        }
    }

    private static List<int> IndexesOf(byte[] haystack, byte[] needle)
    {
        var found = new List<int>();
        var span = haystack.AsSpan();
        var from = 0;
        while (from < span.Length)
        {
            var i = span[from..].IndexOf(needle);
            if (i < 0) break;
            found.Add(from + i);
            from += i + 1;
        }
        return found;
    }

    private static int LastIndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().LastIndexOf(needle);
}
