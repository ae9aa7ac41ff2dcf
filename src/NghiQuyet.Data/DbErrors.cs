using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
