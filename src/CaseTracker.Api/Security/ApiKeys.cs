using System.Security.Cryptography;
using System.Text;
using Marten;

namespace CaseTracker.Api.Security;

/// <summary>
/// Creates, finds, lists and revokes API keys; keys are random, stored as SHA-256 hashes. A key
/// found is remembered for Security:KeyCacheSeconds (default 5): a revocation, on any node, takes
/// effect within that time. When the database cannot be reached, a key seen within
/// Security:KeyOutageSeconds (default 300) is still accepted, so reads and the 503s of writes keep
/// their roles through a short outage instead of every call failing authentication.
/// </summary>
public sealed class ApiKeys(IDocumentStore store, TimeProvider clock, IConfiguration configuration)
{
    private readonly TimeSpan _fresh = TimeSpan.FromSeconds(configuration.GetValue<double?>("Security:KeyCacheSeconds") ?? 5);
    private readonly TimeSpan _outage = TimeSpan.FromSeconds(configuration.GetValue<double?>("Security:KeyOutageSeconds") ?? 300);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset At)> _seen = new();
    private const int MaxRemembered = 10_000;

    public const string KeyPrefix = "ctk_";
    private const int PrefixLength = 12;

    public async Task<CreatedKey> CreateAsync(string principal, Role role, CancellationToken ct = default)
    {
        // 256 bits of randomness: guessing is hopeless, so a fast hash is enough to store it.
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return new CreatedKey(await StoreAsync(principal, role, secret, ct), secret);
    }

    /// <summary>Stores a key whose text is given (the demo key from configuration).</summary>
    public async Task<ApiKey> StoreAsync(string principal, Role role, string secret, CancellationToken ct = default)
    {
        if (!IsValidPrincipal(principal)) throw new ArgumentException("A principal is 1 to 100 letters, digits, '.', '_', '-', '@'.", nameof(principal));
        if (secret.Length < 32) throw new ArgumentException("A key needs at least 32 characters.", nameof(secret));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(), Principal = principal, Role = role, Hash = Hash(secret),
            Prefix = secret[..PrefixLength], CreatedAt = clock.GetUtcNow(),
        };
        await using var session = store.LightweightSession();
        session.Insert(key);
        await session.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>The active key with this text, or null (unknown, revoked or malformed).</summary>
    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken ct = default)
    {
        if (secret.Length is < 32 or > 200) return null;
        var hash = Hash(secret);
        var now = clock.GetUtcNow();
        if (_seen.TryGetValue(hash, out var seen) && now - seen.At < _fresh) return seen.Key;
        ApiKey? key;
        try
        {
            await using var session = store.QuerySession();
            key = await session.Query<ApiKey>().Where(k => k.Hash == hash).FirstOrDefaultAsync(ct);
        }
        catch (Exception e) when (FailureHandler.IsDatabaseUnavailable(e) && seen.Key is not null && now - seen.At < _outage)
        {
            return seen.Key;
        }
        var active = key is { IsActive: true } ? key : null;
        if (_seen.Count >= MaxRemembered) _seen.Clear();
        _seen[hash] = (active, now);
        return active;
    }

    public async Task<ApiKey?> FindByHashAsync(string secret, CancellationToken ct = default)
    {
        var hash = Hash(secret);
        await using var session = store.QuerySession();
        return await session.Query<ApiKey>().Where(k => k.Hash == hash).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<ApiKey>().OrderBy(k => k.CreatedAt).ToListAsync(ct);
    }

    /// <summary>Revokes one key found by its id, the start of its id or of its prefix (6 characters at least), or the whole key.</summary>
    public async Task<RevokeOutcome> RevokeAsync(string idOrPrefix, CancellationToken ct = default)
    {
        await using var session = store.LightweightSession();
        var wanted = idOrPrefix.Trim().TrimEnd('…');
        var hash = Hash(wanted);
        // Keys are few: matching in memory lets an id be shortened like a prefix.
        var all = await session.Query<ApiKey>().ToListAsync(ct);
        var matches = Guid.TryParse(wanted, out var id) ? all.Where(k => k.Id == id).ToList()
            : wanted.Length > PrefixLength && all.Where(k => k.Hash == hash).ToList() is { Count: > 0 } whole ? whole
            : wanted.Length < 6 ? []
            : all.Where(k => k.Prefix.StartsWith(wanted, StringComparison.Ordinal) || k.Id.ToString().StartsWith(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1) return new RevokeOutcome(null, matches.Count);
        var key = matches[0];
        if (!key.IsActive) return new RevokeOutcome(key, 1, AlreadyRevoked: true);
        key.RevokedAt = clock.GetUtcNow();
        session.Update(key);
        await session.SaveChangesAsync(ct);
        _seen.TryRemove(key.Hash, out _);
        return new RevokeOutcome(key, 1);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool IsValidPrincipal(string? principal) =>
        principal is { Length: >= 1 and <= 100 } && principal.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The key revoked (null when none or several matched) and how many matched.</summary>
public sealed record RevokeOutcome(ApiKey? Key, int Matches, bool AlreadyRevoked = false);
