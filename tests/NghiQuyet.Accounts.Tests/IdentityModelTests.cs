using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NghiQuyet.Accounts.Tests;

/// <summary>The Identity model and its migrations (moved here from the web project) still agree, for both providers.</summary>
public sealed class IdentityModelTests
{
    [Theory]
    [InlineData(false, "20261125124435_IdentityInitial")]
    [InlineData(true, "20261125124458_IdentityInitial")]
    public void Model_has_no_pending_changes_and_keeps_its_migration_ids(bool postgres, string firstMigration)
    {
        // No connection is opened: the model is compared with the last migration's snapshot.
        using var identity = WebIdentityDbContext.Create(postgres ? "Host=localhost;Database=nghiquyet" : "Data Source=unused.db", postgres);
        Assert.False(identity.Database.HasPendingModelChanges(), "the Identity model changed without a migration (see src/NghiQuyet.Accounts/Migrations/README.md)");
        // Databases made before the move list this id in __IdentityMigrationsHistory: it must not run again.
        Assert.Equal(firstMigration, identity.Database.GetMigrations().First());
    }

    [Fact]
    public async Task Sqlite_database_migrates_into_its_own_history_table()
    {
        var folder = Directory.CreateTempSubdirectory("nq-accounts-").FullName;
        try
        {
            var store = IdentityStore.For(Path.Combine(folder, "a.db"));
            Assert.True(store.Success, store.Error);
            await using (var identity = store.Value!.Create())
            {
                await identity.Database.MigrateAsync();
                Assert.Empty(await identity.Database.GetPendingMigrationsAsync());
                Assert.Empty(await identity.Users.ToListAsync());
            }
            await using var connection = new SqliteConnection(store.Value.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{WebIdentityDbContext.HistoryTable}\"";
            Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
