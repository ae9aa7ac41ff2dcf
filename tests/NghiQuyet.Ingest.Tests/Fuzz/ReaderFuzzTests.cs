using System.Text;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Extraction;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Ingest.Tests.Extraction;
using NghiQuyet.Ingest.Tests.Extraction.Tables;
using NghiQuyet.Ingest.Tests.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Fuzz;

/// <summary>
/// The fuzz harness (issue 12, defect 5) over every reader and parser: .txt in each encoding the reader detects,
/// .docx (zip structure and XML), .pdf (text layer; structure and content streams), the number and unit parsers, the
/// nq-extract/1 reader, and the extractor behind each. Damaged input must give a result or a clear refusal — never an
/// exception, never a hang. The extractor's own text fuzz (Extraction/FuzzTests) and the tables' (TableFuzzTests)
/// share <see cref="Mutations"/> and <see cref="FuzzRun"/>. See <see cref="FuzzRun"/> for running many more cases.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly string Report = ReportExtractorTestsReport.Text;

    /// <summary>Reading must end in a document or a message; a document goes on through the extractor.</summary>
    private static void ReadAndExtract(string name, byte[] bytes)
    {
        var read = DocumentReader.Read(name, bytes);
        if (!read.Success)
        {
            Assert.False(string.IsNullOrWhiteSpace(read.Error), "a refusal without a message");
            return;
        }
        var extracted = ReportExtractor.Extract(read.Value);
        Assert.True(extracted.Success || !string.IsNullOrWhiteSpace(extracted.Error));
    }

    private static readonly (string Name, Func<string, byte[]> Encode)[] Encodings =
    [
        ("UTF-8", s => Encoding.UTF8.GetBytes(s)),
        ("UTF-8 BOM", s => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s)]),
        ("UTF-16LE", s => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)]),
        ("UTF-16BE", s => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(s)]),
        ("UTF-16LE without BOM", s => Encoding.Unicode.GetBytes(s)),
        ("Windows-1258", LegacyEncoders.EncodeWindows1258),
        ("TCVN3", LegacyEncoders.EncodeTcvn3),
        ("VNI", LegacyEncoders.EncodeVni),
    ];

    /// <summary>The report in an encoding; legacy encodings that cannot write its capitals get the encoders' own lines.</summary>
    private static byte[] Encoded(int encoding, string text)
    {
        try
        {
            return Encodings[encoding].Encode(text);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or InvalidOperationException)
        {
            return Encodings[encoding].Encode(string.Join("\n", LegacyEncoders.LowerCaseLines) + "\n" + text.ToLowerInvariant());
        }
    }

    [Fact]
    public void Text_files_in_every_encoding_survive_damage()
    {
        var clean = Enumerable.Range(0, Encodings.Length).Select(e => Encoded(e, Report)).ToArray();
        FuzzRun.Each("txt", FuzzRun.Cases(240), output, (random, seed) =>
        {
            var e = random.Next(Encodings.Length);
            // Damage before encoding (odd characters the encoder writes) or after (bytes the decoder must survive).
            if (random.Next(2) == 0)
            {
                var text = Mutations.Text(Report, random, out var how);
                return ($"{Encodings[e].Name}, text: {how}", () => ReadAndExtract("fuzz.txt", SafeEncode(e, text)));
            }
            var bytes = Mutations.Bytes(clean[e], random, out var what);
            return ($"{Encodings[e].Name}, bytes: {what}", () => ReadAndExtract("fuzz.txt", bytes));
        });
    }

    /// <summary>Legacy encoders refuse characters they cannot write: those cases are read as UTF-8 instead.</summary>
    private static byte[] SafeEncode(int encoding, string text)
    {
        try
        {
            return Encodings[encoding].Encode(text);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or InvalidOperationException or EncoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(text);
        }
    }

    private static byte[] Docx()
    {
        var builder = new DocxBuilder().WithDecimalNumbering();
        foreach (var line in Report.Split('\n'))
            builder.Paragraph(line.Trim());
        builder.Table(
            DocxBuilder.Row("TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Đánh giá"),
            DocxBuilder.Row("1", "Tỷ lệ che phủ rừng", "%", "45", "47,2", "Vượt"),
            DocxBuilder.Row("2", "Số thôn có đường ô tô", "thôn", "12", "11", "Không đạt"));
        return builder.Build();
    }

    [Fact]
    public void Docx_files_survive_damage_to_their_zip_and_xml()
    {
        var clean = Docx();
        Assert.True(DocumentReader.Read("fuzz.docx", clean).Success, "the undamaged fixture reads");
        FuzzRun.Each("docx", FuzzRun.Cases(200), output, (random, seed) =>
        {
            var bytes = Mutations.Zip(clean, random, out var what);
            return (what, () => ReadAndExtract("fuzz.docx", bytes));
        });
    }

    private static byte[] Pdf()
    {
        const string dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        var builder = new PdfDocumentBuilder();
        var vietnamese = File.Exists(dejaVu);
        var font = vietnamese ? builder.AddTrueTypeFont(File.ReadAllBytes(dejaVu)) : builder.AddStandard14Font(Standard14Font.Helvetica);
        var lines = Report.Split('\n').Select(l => l.Trim()).ToList();
        foreach (var chunk in lines.Chunk(6))
        {
            var page = builder.AddPage(595, 842);
            var y = 780.0;
            foreach (var line in chunk)
            {
                page.AddText(vietnamese ? line : VietnameseFold.Fold(line), 11, new PdfPoint(50, y), font);
                y -= 18;
            }
        }
        return builder.Build();
    }

    [Fact]
    public void Pdf_text_layers_survive_damage_to_their_structure_and_streams()
    {
        var clean = Pdf();
        Assert.True(DocumentReader.Read("fuzz.pdf", clean).Success, "the undamaged fixture reads");
        FuzzRun.Each("pdf", FuzzRun.Cases(200), output, (random, seed) =>
        {
            var bytes = Mutations.Pdf(clean, random, out var what);
            // No OCR hook: a PDF whose text layer is gone must say it needs OCR, not start Tesseract.
            return (what, () => ReadAndExtract("fuzz.pdf", bytes));
        });
    }

    [Fact]
    public void The_number_and_unit_parsers_survive_odd_input()
    {
        string[] numbers = ["9.589", "36,5", "1.052,4", "0,5", "100", "2.025", "1,5-2", "79228162514264337593543950335", "-3,5", "3.000.000"];
        string[] units = ["triệu đồng/người/năm", "%", "ha", "nghìn tỷ đồng", "bác sĩ/1 vạn dân", "lượt khách", "%/năm", "tấn", "km", "USD/người"];
        FuzzRun.Each("numbers and units", FuzzRun.Cases(3000), output, (random, seed) =>
        {
            var number = Mutations.Text(numbers[random.Next(numbers.Length)], random, out var how);
            var unit = Mutations.Text(units[random.Next(units.Length)], random, out var unitHow);
            return ($"number '{number}' ({how}), unit '{unit}' ({unitHow})", () =>
            {
                if (VietnameseNumber.TryParse(number, out var value))
                    _ = VietnameseNumber.Format(value);
                _ = VietnameseNumber.Parse(number);
                _ = MeasureUnits.Parse(unit);
                _ = MeasureUnits.AreCompatible(unit, units[0]);
            });
        });
    }

    [Fact]
    public void The_extraction_json_reader_survives_damage()
    {
        var extraction = ReportExtractor.Extract(TextSource.FromText(Report));
        Assert.True(extraction.Success, extraction.Error);
        var json = ExtractionJson.Serialize(extraction.Value);
        FuzzRun.Each("nq-extract/1 json", FuzzRun.Cases(400), output, (random, seed) =>
        {
            var damaged = Mutations.Text(json, random, out var what);
            return (what, () =>
            {
                var parsed = ExtractionJson.Deserialize(damaged);
                Assert.True(parsed.Success || !string.IsNullOrWhiteSpace(parsed.Error));
            });
        });
    }

    [Fact]
    public void The_whole_ingest_with_restoration_survives_damage()
    {
        // Reading, tone-mark restoration (marks stripped so that the restorer runs) and extraction, as an upload goes.
        var stripped = string.Join("\n", Report.Split('\n').Select(VietnameseFold.Fold));
        FuzzRun.Each("ingest", FuzzRun.Cases(40), output, (random, seed) =>
        {
            var text = Mutations.Text(random.Next(2) == 0 ? stripped : Report, random, out var what);
            return (what, () =>
            {
                var result = ReportIngest.Extract("fuzz.txt", Encoding.UTF8.GetBytes(text), (_, _, _) => NghiQuyet.Core.Result<SourceDocument>.Fail("no OCR in the fuzz run"));
                Assert.True(result.Success || !string.IsNullOrWhiteSpace(result.Error));
            });
        });
    }
}

/// <summary>The crashes the harness found, pinned as plain cases.</summary>
public sealed class FuzzFindingsTests
{
    [Theory]
    [InlineData("-")]
    [InlineData("−")]
    [InlineData(" - ")]
    public void A_sign_alone_is_not_a_number(string text) => Assert.False(VietnameseNumber.TryParse(text, out _));

    [Fact]
    public void Text_with_a_lone_surrogate_folds_and_normalizes()
    {
        Assert.Equal("trieu dong/ngu\uFFFDi", VietnameseFold.Fold("triệu đồng/ngư\uD800i"));
        Assert.Equal("Tỷ lệ \uFFFD", VietnameseText.Normalize("Tỷ lệ \uDC00"));
        _ = MeasureUnits.Parse("triệu đồng/ngư\uD800");
    }

    [Fact]
    public void Extraction_json_with_a_lone_surrogate_is_read_or_refused()
    {
        var result = ExtractionJson.Deserialize("{\"schema\":\"nq-extract/1\",\"x\":\"\uD800\"}");
        Assert.True(result.Success || !string.IsNullOrWhiteSpace(result.Error));
    }
}
