using NghiQuyet.Core.Text;
using NghiQuyet.Ingest.Restoration;
using NghiQuyet.Testing;
using Xunit.Abstractions;

namespace NghiQuyet.Ingest.Tests.Restoration;

/// <summary>The 3,321 commune-level units of 2025 ("Xã Phiêng Pằn"), stripped of marks, restored in a report-like frame.</summary>
public class UnitNameAccuracyTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Commune_names_are_restored()
    {
        var lines = File.ReadLines(SharedData.File("data", "admin-units", "wards.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => (FullName: f[2], Province: f[7]))
            .ToList();
        Assert.Equal(3321, lines.Count);
        var exact = 0;
        var failures = new List<string>();
        foreach (var (fullName, province) in lines)
        {
            var clean = $"Đảng bộ {fullName}, {province}";
            var restored = ToneRestorer.Default.Restore(VietnameseFold.StripMarks(clean));
            if (Canonical(restored) == Canonical(clean))
                exact++;
            else if (failures.Count < 15)
                failures.Add($"{clean} → {restored}");
        }
        var accuracy = exact / (double)lines.Count;
        output.WriteLine($"unit names restored exactly: {exact}/{lines.Count} = {accuracy:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.97, $"{accuracy:P1}");
    }

    [Fact]
    public void Phieng_Pan_and_Muong_Lam_are_restored() =>
        Assert.Equal("Đảng bộ xã Phiêng Pằn và xã Mường Lầm, tỉnh Sơn La", ToneRestorer.Default.Restore("Dang bo xa Phieng Pan va xa Muong Lam, tinh Son La"));

    /// <summary>An OCR'd name after its kind word comes back as the official name: "Pién Bién" (Đ read as P, ê as é).</summary>
    [Theory]
    [InlineData("Ban chap hanh Pang b6 tinh Pién Bién lanh dao cac x4 trén dia ban.", "Ban chấp hành Đảng bộ tỉnh Điện Biên lãnh đạo các xã trên địa bàn.")]
    [InlineData("DANG BO XA PHIENG PAN", "ĐẢNG BỘ XÃ PHIÊNG PẰN")]
    public void Ocr_damaged_unit_names_are_restored_against_the_official_list(string input, string expected) =>
        Assert.Equal(expected, ToneRestorer.Default.Restore(input));

    private static string Canonical(string s) =>
        string.Join(' ', s.ToLowerInvariant().Split(' ').Select(w => VietnameseSyllable.Canonical(w.Trim(','))));
}
