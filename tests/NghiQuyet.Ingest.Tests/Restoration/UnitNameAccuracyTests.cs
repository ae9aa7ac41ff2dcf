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
            var restored = ToneRestorer.Default.Restore(OcrNoise.StripMarks(clean));
            if (Canonical(restored) == Canonical(clean))
                exact++;
            else if (failures.Count < 15)
                failures.Add($"{clean} → {restored}");
        }
        var accuracy = exact / (double)lines.Count;
        output.WriteLine($"unit names restored exactly: {exact}/{lines.Count} = {accuracy:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.88, $"{accuracy:P1}");
    }

    [Fact]
    public void Phieng_Pan_and_Muong_Lam_are_restored() =>
        Assert.Equal("Đảng bộ xã Phiêng Pằn và xã Mường Lầm, tỉnh Sơn La", ToneRestorer.Default.Restore("Dang bo xa Phieng Pan va xa Muong Lam, tinh Son La"));

    private static string Canonical(string s) =>
        string.Join(' ', s.ToLowerInvariant().Split(' ').Select(w => VietnameseSyllable.Canonical(w.Trim(','))));
}
