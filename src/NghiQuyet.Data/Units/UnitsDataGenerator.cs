using System.Text;
using NghiQuyet.Core.Csv;

namespace NghiQuyet.Data.Units;

/// <summary>
/// Derives the compact shipped files (units.csv, former-units.csv, former-provinces.csv) from the admin-units data set
/// (shared/data/admin-units, MIT). Run by the test <c>ShippedUnitsAgreeWithSource</c>; with
/// NGHIQUYET_REGENERATE_UNITS=1 that test rewrites the files under src/NghiQuyet.Data/Units/.
/// </summary>
public static class UnitsDataGenerator
{
    public static IReadOnlyDictionary<string, string> Generate(string adminUnitsFolder)
    {
        // Written with the product's one CSV writer (quoting, formula neutralising); the shipped files hold no cell that
        // needs either, so the output is the same plain comma list UnitsData reads.
        var units = new CsvWriter(',', "\n").Row("code", "type", "name", "province_code");
        foreach (var row in ReadCsv(Path.Combine(adminUnitsFolder, "provinces.csv")))
            units.Row(row["code"], row["unit_type"], row["name"], "");
        foreach (var row in ReadCsv(Path.Combine(adminUnitsFolder, "wards.csv")))
            units.Row(row["code"], row["unit_type"], row["name"], row["province_code"]);

        var former = new CsvWriter(',', "\n").Row("old_code", "old_name", "old_district", "old_province_code", "new_code", "partial");
        foreach (var row in ReadCsv(Path.Combine(adminUnitsFolder, "old_to_new_wards.csv")))
        {
            // Island districts with no communes map to their đặc khu directly: the district stands in for the commune.
            var oldCode = row["old_ward_code"].Length > 0 ? row["old_ward_code"] : "D" + row["old_district_code"];
            var oldName = row["old_ward_full_name"].Length > 0 ? row["old_ward_full_name"] : row["old_district_full_name"];
            former.Row(oldCode, oldName, row["old_district_full_name"], row["old_province_code"], row["new_ward_code"], row["merge_type"] == "partial" ? "1" : "");
        }

        var provinces = new CsvWriter(',', "\n").Row("old_code", "old_name", "new_code");
        foreach (var row in ReadCsv(Path.Combine(adminUnitsFolder, "old_to_new_provinces.csv")))
            provinces.Row(row["old_province_code"], row["old_province_full_name"], row["new_province_code"]);

        return new Dictionary<string, string>
        {
            ["units.csv"] = units.ToString(),
            ["former-units.csv"] = former.ToString(),
            ["former-provinces.csv"] = provinces.ToString(),
        };
    }

    private static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = (reader.ReadLine() ?? string.Empty).Split(',');
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var cells = line.Split(',');
            if (cells.Any(c => c.Contains('"')))
                throw new InvalidDataException($"{path}: quoted cells are not expected");
            yield return header.Select((h, i) => (h, v: i < cells.Length ? cells[i].Trim() : string.Empty))
                .ToDictionary(p => p.h, p => p.v);
        }
    }
}
