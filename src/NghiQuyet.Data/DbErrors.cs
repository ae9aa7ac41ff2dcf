using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NghiQuyet.Core;
using Npgsql;

namespace NghiQuyet.Data;

/// <summary>Database failures a user can act on, as one Vietnamese line; null for the ones that are bugs.</summary>
public static class DbErrors
{
    public static string? Describe(Exception ex, DbContext? context = null)
    {
        var where = Where(context);
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        5 or 6 => string.Format(Messages.DbLocked, where),     // SQLITE_BUSY, SQLITE_LOCKED
                        8 => string.Format(Messages.DbReadOnly, where),        // SQLITE_READONLY
                        26 => string.Format(Messages.DbNotADatabase, where),   // SQLITE_NOTADB
                        14 => string.Format(Messages.DbCannotOpen, where, sqlite.Message), // SQLITE_CANTOPEN
                        _ => string.Format(Messages.DbError, where, sqlite.Message),
                    };
                case PostgresException pg:
                    return string.Format(Messages.DbError, where, pg.MessageText);
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or TimeoutException or IOException:
                    return string.Format(Messages.DbCannotConnect, where, npgsql.InnerException!.Message);
                case NpgsqlException npgsql:
                    return string.Format(Messages.DbCannotConnect, where, npgsql.Message);
                case SocketException socket:
                    return string.Format(Messages.DbCannotConnect, where, socket.Message);
            }
        }
        return null;
    }

    /// <summary>
    /// The database is there but cannot be reached or used right now (PostgreSQL stopped, restarting or refusing
    /// connections; the SQLite file locked by another program): worth a "try again later", not a bug (issue 12, defect 12).
    /// </summary>
    public static bool IsUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is 5 or 6 or 14; // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case PostgresException pg:
                    // Connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections (53300).
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                case SocketException:
                    return true;
                case RetryLimitExceededException:
                    return true; // only transient failures are retried: they outlasted every try
            }
        }
        return false;
    }

    private static string Where(DbContext? context)
    {
        if (context is null)
            return "?";
        try
        {
            var cs = context.Database.GetConnectionString() ?? "?";
            if (context.Database.IsNpgsql())
            {
                var b = new NpgsqlConnectionStringBuilder(cs);
                return $"{b.Host}:{b.Port}/{b.Database}";
            }
            return new SqliteConnectionStringBuilder(cs).DataSource;
        }
        catch (ArgumentException)
        {
            return "?";
        }
    }
}
