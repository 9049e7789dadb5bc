namespace CaseTracker.Api.Security;

/// <summary>
/// An API key as stored: only the SHA-256 of the key and its first characters (to recognise it in
/// lists); the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Principal { get; set; } = "";
    public Role Role { get; set; }
    public string Hash { get; set; } = "";
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}

/// <summary>A key just created: the only moment its secret text exists outside the client.</summary>
public sealed record CreatedKey(ApiKey Key, string Secret);
