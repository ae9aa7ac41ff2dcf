using System.Net;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Tests;

/// <summary>role × action × own/other organization, first as the rules table, then through real requests.</summary>
[Collection(WebCollection.Name)]
public sealed class AuthorizationMatrixTests(WebAppFactory factory)
{
    private static readonly UnitScope Province = new("14", null);
    private static readonly UnitScope OwnCommune = new("03688", "14");
    private static readonly UnitScope OtherCommune = new("03694", "14");
    private static readonly UnitScope OtherProvince = new("01", null);
    private static readonly UnitScope OtherProvinceCommune = new("00004", "01");

    public static TheoryData<string, string, UnitAction, string, bool> Rules()
    {
        // role, user's organization, action, unit, allowed
        var data = new TheoryData<string, string, UnitAction, string, bool>();
        void Row(string role, string org, UnitAction a, string unit, bool ok) => data.Add(role, org, a, unit, ok);
        foreach (var a in Enum.GetValues<UnitAction>())
            foreach (var u in new[] { "province", "own", "other", "otherProvince", "otherProvinceCommune" })
                Row(Roles.Administrator, "14", a, u, true);
        foreach (var u in new[] { "province", "own", "other", "otherProvince", "otherProvinceCommune" })
        {
            Row(Roles.Inspector, "14", UnitAction.View, u, true);
            Row(Roles.Inspector, "14", UnitAction.Enter, u, false);
            Row(Roles.Inspector, "14", UnitAction.Approve, u, false);
        }
        Row(Roles.ProvinceOfficer, "14", UnitAction.View, "province", true);
        Row(Roles.ProvinceOfficer, "14", UnitAction.View, "own", true);
        Row(Roles.ProvinceOfficer, "14", UnitAction.View, "other", true);
        Row(Roles.ProvinceOfficer, "14", UnitAction.View, "otherProvince", false);
        Row(Roles.ProvinceOfficer, "14", UnitAction.View, "otherProvinceCommune", false);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Enter, "province", true);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Enter, "own", false);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Enter, "otherProvince", false);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Approve, "province", false);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Approve, "own", true);
        Row(Roles.ProvinceOfficer, "14", UnitAction.Approve, "otherProvinceCommune", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.View, "own", true);
        Row(Roles.CommuneOfficer, "03688", UnitAction.Enter, "own", true);
        Row(Roles.CommuneOfficer, "03688", UnitAction.Approve, "own", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.View, "other", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.Enter, "other", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.View, "province", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.Enter, "province", false);
        Row(Roles.CommuneOfficer, "03688", UnitAction.View, "otherProvinceCommune", false);
        Row("Unknown", "14", UnitAction.View, "province", false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rules_table(string role, string organization, UnitAction action, string unit, bool allowed)
    {
        var scope = unit switch
        {
            "province" => Province,
            "own" => OwnCommune,
            "other" => OtherCommune,
            "otherProvince" => OtherProvince,
            _ => OtherProvinceCommune,
        };
        Assert.Equal(allowed, AccessRules.Allows(role, organization, action, scope));
    }

    /// <summary>What each demo account gets for each page (200 or 403), through the real pipeline and handler.</summary>
    [Theory]
    [InlineData("admin", "dashboard", 200)]
    [InlineData("admin", "own", 200)]
    [InlineData("admin", "otherTarget", 200)]
    [InlineData("tinh.sonla", "dashboard", 200)]
    [InlineData("tinh.sonla", "other", 200)]
    [InlineData("tinh.sonla", "otherTarget", 200)]
    [InlineData("thanhtra", "dashboard", 200)]
    [InlineData("thanhtra", "other", 200)]
    [InlineData("xa.03688", "own", 200)]
    [InlineData("xa.03688", "ownTarget", 200)]
    [InlineData("xa.03688", "other", 403)]
    [InlineData("xa.03688", "otherTarget", 403)]
    [InlineData("xa.03688", "dashboard", 403)]
    [InlineData("xa.03694", "other", 200)]
    [InlineData("xa.03694", "own", 403)]
    public async Task Pages_by_role_and_organization(string user, string page, int expected)
    {
        Assert.Equal("03688", TestData.OwnCommune);
        var url = page switch
        {
            "dashboard" => "/Dashboard/14",
            "own" => "/Units/" + TestData.OwnCommune,
            "other" => "/Units/" + TestData.OtherCommune,
            "ownTarget" => "/Targets/" + TestData.FirstTargetOf(factory, TestData.OwnCommune),
            _ => "/Targets/" + TestData.FirstTargetOf(factory, TestData.OtherCommune),
        };
        var client = await factory.SignedInAsync(user);
        var response = await client.GetAsync(url);
        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected == 403)
            Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync());
    }
}
