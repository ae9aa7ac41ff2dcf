namespace NghiQuyet.Core.Domain;

/// <summary>Who is acting, and what they may do. The aggregates check it; the app decides who has which role.</summary>
public sealed record Actor(string UserName, ActorRole Role)
{
    public bool CanEnter => Role is ActorRole.Editor or ActorRole.Approver or ActorRole.Administrator;
    public bool CanApprove => Role is ActorRole.Approver or ActorRole.Administrator;
    public bool CanLock => Role is ActorRole.Administrator;
}

public enum ActorRole
{
    /// <summary>Reads only.</summary>
    Viewer,
    /// <summary>Enters and submits figures (commune staff).</summary>
    Editor,
    /// <summary>Approves or returns submitted figures.</summary>
    Approver,
    /// <summary>Locks approved figures and publishes resolutions.</summary>
    Administrator,
}

/// <summary>Entities whose every change is written to the audit trail.</summary>
public interface IAudited
{
    Guid Id { get; }
}

/// <summary>Entities edited by people concurrently: a stale edit (older <see cref="Version"/>) is refused.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
