using System.Text.Json;
using System.Text.Json.Serialization;

namespace NghiQuyet.Data.Backup;

/// <summary>
/// What a backup file says about itself (<c>manifest.json</c> inside the .nqbak zip): the provider, the schema version
/// (the last migration applied), the rows of every table at the moment of the snapshot, and the SHA-256 of the payload.
/// A restore checks the checksum before it writes anything and the counts after.
/// </summary>
public sealed record BackupManifest(
    string Format,
    string Provider,
    DateTimeOffset CreatedAt,
    string SchemaVersion,
    IReadOnlyDictionary<string, string> Migrations,
    IReadOnlyDictionary<string, long> Tables,
    string Payload,
    long PayloadBytes,
    string Sha256)
{
    public const string CurrentFormat = "nghiquyet-backup/1";
    public const string EntryName = "manifest.json";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    /// <summary>The storage schema's migrations history; its last id is <see cref="SchemaVersion"/>.</summary>
    public const string StorageHistory = "__EFMigrationsHistory";

    [JsonIgnore]
    public long Rows => Tables.Values.Sum();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static BackupManifest? Deserialize(Stream json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            // A manifest missing any of these is not one we wrote.
            return manifest is { Format: not null, Provider: not null, SchemaVersion: not null, Migrations: not null, Tables: not null, Payload: not null, Sha256: not null }
                ? manifest
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
