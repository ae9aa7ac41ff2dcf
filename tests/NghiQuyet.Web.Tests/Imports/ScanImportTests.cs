using NghiQuyet.Ingest.Ocr;
using static NghiQuyet.Web.Tests.Imports.ImportClient;

namespace NghiQuyet.Web.Tests.Imports;

/// <summary>Needs tesseract (Vietnamese), poppler-utils and DejaVu fonts; scripts/setup.sh installs them.</summary>
public sealed class ScanToolsFactAttribute : FactAttribute
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public ScanToolsFactAttribute()
    {
        if (TesseractOcr.MissingTools(needPoppler: true) is { } missing)
            Skip = missing;
        else if (!File.Exists(FontPath))
            Skip = "fonts-dejavu-core is not installed";
    }
}

/// <summary>A PDF without a text layer (the test's own report, typeset, rasterised, wrapped as an image) goes through OCR, in a background job.</summary>
public sealed class ScanImportTests(ImportAppFactory factory) : IClassFixture<ImportAppFactory>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nq-scan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ScanToolsFact]
    public async Task A_scanned_pdf_is_read_by_ocr_and_stored_as_a_draft_of_the_own_commune()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        // Issue 12, defect 1: the upload answers at once with the job's page; the job reads the scan and stores it.
        var id = await ImportScanAsync(factory, client, "ban-quet.pdf", ScannedPdf(ReportFixtures.Lines(TestData.OwnCommune, " scan")));
        var stored = Query(factory, db => db.Resolutions.Where(r => r.Id == id)
            .Select(r => new { r.OrganizationCode, r.SourceFile!.Format, Targets = r.Targets.Count }).Single());
        Assert.Equal((TestData.OwnCommune, "ocr"), (stored.OrganizationCode, stored.Format));
        Assert.True(stored.Targets >= ReportFixtures.TargetCount - 1, $"only {stored.Targets} targets read from the scan: {string.Join(" | ", Query(factory, db => db.Targets.Where(t => t.ResolutionId == id).Select(t => t.Name + " " + t.Value).ToList()))}");
        var html = await HtmlAsync(await client.GetAsync($"/Imports/{id}"));
        Assert.Contains("class=\"hit", html);
    }

    private byte[] ScannedPdf(IReadOnlyList<string> lines) => ScanFixtures.ScannedPdf(lines, _dir);
}
