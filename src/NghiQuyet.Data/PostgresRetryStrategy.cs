using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace NghiQuyet.Data;

/// <summary>
/// Npgsql's execution strategy — transient failures (a restarting server, a dropped connection) tried again with
/// exponential backoff — bounded for people waiting on a page: 3 more tries, at most 2 s apart (≈ 0 + 1 + 2 s).
/// Work inside a transaction the code began itself (the workflows' one transaction boundary) runs once, as before:
/// retrying one statement of it would be wrong, and EF's own strategy would refuse such transactions outright.
/// A failure that outlasts the tries reaches the web's 503 page (issue 12, defect 12).
/// </summary>
public sealed class PostgresRetryStrategy(ExecutionStrategyDependencies dependencies)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Npgsql's transient failures, and a connection cut while it is being opened: Npgsql then lets the socket's own
    /// IOException through unwrapped (seen with a server that drops connections as it restarts).
    /// </summary>
    protected override bool ShouldRetryOn(Exception? exception) =>
        base.ShouldRetryOn(exception) || exception is IOException or System.Net.Sockets.SocketException;

    private bool InOwnTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    public override TResult Execute<TState, TResult>(TState state, Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InOwnTransaction
            ? operation(Dependencies.CurrentContext.Context, state)
            : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(TState state, Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded, CancellationToken cancellationToken = default) =>
        InOwnTransaction
            ? operation(Dependencies.CurrentContext.Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);
}
