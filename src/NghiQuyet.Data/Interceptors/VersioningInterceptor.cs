using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NghiQuyet.Core.Domain;

namespace NghiQuyet.Data.Interceptors;

/// <summary>
/// Bumps <see cref="IVersioned.Version"/> on every update, so the UPDATE's WHERE carries the version the editor read
/// and a stale edit touches no row (→ DbUpdateConcurrencyException). An int works alike on SQLite and PostgreSQL.
/// </summary>
public sealed class VersioningInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null)
            return;
        context.ChangeTracker.DetectChanges();
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified)
                continue;
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
