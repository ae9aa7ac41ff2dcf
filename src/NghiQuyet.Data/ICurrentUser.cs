namespace NghiQuyet.Data;

/// <summary>Who the audit trail names: the OS user in the CLI, the signed-in user in the web app.</summary>
public interface ICurrentUser
{
    string UserName { get; }
}

public sealed class FixedUser(string userName) : ICurrentUser
{
    public string UserName { get; } = userName;
}

public sealed class OsUser : ICurrentUser
{
    public string UserName { get; } = Environment.UserName;
}
