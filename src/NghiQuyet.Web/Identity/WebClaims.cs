namespace NghiQuyet.Web.Identity;

/// <summary>Claim types the web app adds to the signed-in principal.</summary>
public static class WebClaims
{
    public const string OrganizationCode = "nq:org";
    public const string DisplayName = "nq:name";
}
