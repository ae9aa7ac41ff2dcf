using Microsoft.AspNetCore.Identity;

namespace NghiQuyet.Accounts;

/// <summary>A person who signs in. Every user works for one organization (official unit code), which bounds what they may do.</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>"14" for a Sơn La province officer, "03688" for a commune officer of xã Mường Chiên.</summary>
    public string OrganizationCode { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;
}
