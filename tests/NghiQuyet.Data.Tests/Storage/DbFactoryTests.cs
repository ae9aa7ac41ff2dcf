using NghiQuyet.Data.Tests.Infrastructure;
using Npgsql;

namespace NghiQuyet.Data.Tests.Storage;

public class DbFactoryTests
{
    private static readonly FixedUser User = new("tester");

    [Theory]
    [InlineData("Host=127.0.0.1;Database=x", true)]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("postgresql://u@h/db", true)]
    [InlineData("/var/lib/nghiquyet/nq.db", false)]
    [InlineData("Data Source=nq.db", false)]
    [InlineData("nq.db", false)]
    public void Sqlite_or_postgres_is_told_by_the_string(string db, bool postgres) =>
        Assert.Equal(postgres, DbFactory.IsPostgres(db));

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var cs = DbFactory.PostgresConnectionString("postgres://lan:b%C3%AD@db.local:5433/nghiquyet");
        Assert.True(cs.Success, cs.Error);
        var b = new NpgsqlConnectionStringBuilder(cs.Value);
        Assert.Equal(("db.local", 5433, "lan", "bí", "nghiquyet"), (b.Host, b.Port, b.Username, b.Password, b.Database));
    }

    [Theory]
    [InlineData("Host=;Database=x")]
    [InlineData("Host=h;Port=cổng")]
    [InlineData("Host=h;Không Có=1")]
    [InlineData("postgres://:99999999/x")]
    public void A_malformed_postgres_string_is_refused_with_a_message(string db)
    {
        var result = DbFactory.Create(db, User, TimeProvider.System);
        Assert.False(result.Success);
        Assert.StartsWith("Chuỗi kết nối PostgreSQL không hợp lệ", result.Error);
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nq-khong-co-" + Guid.NewGuid().ToString("N"));
        var result = DbFactory.Create(Path.Combine(folder, "nq.db"), User, TimeProvider.System);
        Assert.False(result.Success);
        Assert.Contains(folder, result.Error);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named()
    {
        using var database = new SqliteTestDatabase();
        File.WriteAllText(database.Path, "đây không phải cơ sở dữ liệu, chỉ là một tệp văn bản khá dài để SQLite đọc tiêu đề");
        var result = DbFactory.Create(database.Path, User, TimeProvider.System);
        Assert.False(result.Success);
        Assert.Contains("không phải cơ sở dữ liệu SQLite", result.Error);
    }

    [Fact]
    public void A_new_sqlite_file_is_created_and_migrated()
    {
        using var database = new SqliteTestDatabase();
        using (var db = database.Open())
            Assert.Empty(db.Resolutions);
        Assert.True(File.Exists(database.Path));
    }
}
