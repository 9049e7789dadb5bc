namespace CaseTracker.Api.Security.Idempotency;

/// <summary>
/// A POST sent with an Idempotency-Key: claimed (Completed = false) while it runs, then its answer.
/// The id is a hash of principal, method, path and key, so keys of different callers never meet.
/// </summary>
public sealed class IdempotentRequest
{
    public string Id { get; set; } = "";
    public string BodyHash { get; set; } = "";
    public DateTimeOffset ClaimedAt { get; set; }
    public bool Completed { get; set; }
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];
}
