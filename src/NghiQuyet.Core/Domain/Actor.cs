namespace NghiQuyet.Core.Domain;

/// <summary>Who is acting, and what they may do. The aggregates check it; the app decides who has which role.</summary>
public sealed record Actor(string UserName, ActorRole Role)
{
    /// <summary>May enter and submit figures.</summary>
    public bool CanEnter => Role is ActorRole.Editor or ActorRole.Approver or ActorRole.Administrator;
    /// <summary>May approve, return or unlock figures and decide revisions.</summary>
    public bool CanApprove => Role is ActorRole.Approver or ActorRole.Administrator;
    /// <summary>May lock approved figures.</summary>
    public bool CanLock => Role is ActorRole.Administrator;
}

/// <summary>What a signed-in user may do with figures and resolutions.</summary>
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
    /// <summary>The entity's key, which its audit entries name.</summary>
    Guid Id { get; }
}

/// <summary>Entities edited by people concurrently: a stale edit (older <see cref="Version"/>) is refused.</summary>
public interface IVersioned
{
    /// <summary>Concurrency token: raised on every save, and a save carrying an older value is refused.</summary>
    int Version { get; set; }
}
