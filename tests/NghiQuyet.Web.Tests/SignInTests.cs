using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebAppFactory factory)
{
    [Fact]
    public async Task Anonymous_request_is_sent_to_the_sign_in_page()
    {
        var response = await factory.Client().GetAsync("/Dashboard/" + TestData.Province);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Sign_in_page_is_Vietnamese_and_has_labelled_fields()
    {
        var html = await factory.Client().GetStringAsync("/Account/Login");
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("<label for=\"UserName\">Tên đăng nhập</label>", html);
        Assert.Contains("<label for=\"Password\">Mật khẩu</label>", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
    }

    [Fact]
    public async Task Province_officer_signs_in_and_lands_on_the_province_dashboard()
    {
        var client = await factory.SignedInAsync("tinh.sonla");
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Dashboard/" + TestData.Province, home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Commune_officer_lands_on_own_commune()
    {
        var client = await factory.SignedInAsync(TestData.OwnCommuneUser);
        var home = await client.GetAsync("/");
        Assert.Equal("/Units/" + TestData.OwnCommune, home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_shows_a_Vietnamese_message()
    {
        var client = factory.Client();
        var response = await WebAppFactory.SignInAsync(client, "thanhtra", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Messages.SignInFailed, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Password_rules_refuse_a_weak_password()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var result = await users.CreateAsync(new WebUser { UserName = "yeu", OrganizationCode = TestData.Province, DisplayName = "Yếu" }, "12345678");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Forged_sign_in_without_anti_forgery_token_is_refused_with_400()
    {
        var client = factory.Client();
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = Demo.DemoSeeder.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Forged_sign_out_without_token_is_refused_with_400()
    {
        var client = await factory.SignedInAsync("thanhtra");
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
