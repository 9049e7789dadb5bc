namespace CaseTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// A POST sent with an Idempotency-Key: claimed (Completed = false) while it runs, then its answer.
/// The id is a hash of principal, method, path and key, so keys of different callers never meet.
/// A claim holds until LeaseUntil; Committed is set in the transaction of the request's own write,
/// so a claim left by a node that died tells whether its write happened.
/// </summary>
public sealed class IdempotentRequest
{
    public string Id { get; set; } = "";
    public string BodyHash { get; set; } = "";
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
    public bool Committed { get; set; }
    public bool Completed { get; set; }
    public int Status { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public byte[] Body { get; set; } = [];
}
