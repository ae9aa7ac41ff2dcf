using NghiQuyet.Web.Tests.Compare;
using System.Net;

namespace NghiQuyet.Web.Tests;

/// <summary>Search (document text from the new SourceFiles.Text column), compare and export on PostgreSQL.</summary>
public sealed class ExplorePostgresTests
{
    [PostgresFact]
    public async Task Search_compare_and_export_work_on_PostgreSQL()
    {
        using var factory = new PostgresWebAppFactory();
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var search = await client.GetStringAsync("/Search?q=" + Uri.EscapeDataString("khong phai van ban that"));
        Assert.Contains("<mark>không phải văn bản thật</mark>", search);
        Assert.Contains($"href=\"/Units/{TestData.OwnCommune}\"", search);
        Assert.DoesNotContain($"/Units/{TestData.OtherCommune}\"", search);

        var province = await factory.SignedInAsync("tinh.sonla");
        var compare = await province.GetStringAsync($"/Compare/{TestData.Province}?indicator={CompareExpectations.PovertyKey(factory)}");
        CompareExpectations.CommunesAreShown(factory, compare);

        var xlsx = await province.GetAsync($"/Units/{TestData.OtherCommune}/Export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Units/{TestData.OtherCommune}/Export?format=csv")).StatusCode);
    }
}
