using CaseTracker.Api.Security;
using System.Security.Cryptography;
using System.Text;
using Marten;
using JasperFx;

namespace CaseTracker.Api.Infrastructure.Idempotency;

/// <summary>
/// Makes a POST with an Idempotency-Key happen once. The first request claims the key with a unique
/// insert, runs, and stores its answer (status, Location, ETag, body); a repeat gets that answer back
/// and writes nothing. A repeat racing the first waits for it, then gets 409 with Retry-After. A first
/// run that failed (4xx/5xx) without writing releases the key, so the request may be retried. The
/// same key with another body is a 422.
/// A claim is a lease (Idempotency:LeaseSeconds, default the request deadline plus 5 s): a node that
/// dies mid-request leaves a claim that expires in seconds. The claim records, in the write's own
/// transaction, that the write happened (IdempotencyListener): an expired claim without a write is
/// taken over and the request runs; one with a write but no stored answer is not run again (409
/// saying the request was carried out).
/// </summary>
public sealed class IdempotentWrites(RequestDelegate next, IDocumentStore store, IConfiguration configuration, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const string ClaimItem = "casetracker.idempotency-claim";
    public const string CommittedItem = "casetracker.idempotency-committed";

    private readonly TimeSpan _retention = TimeSpan.FromHours(configuration.GetValue<double?>("Idempotency:RetentionHours") ?? 24);
    private readonly TimeSpan _wait = TimeSpan.FromSeconds(configuration.GetValue<double?>("Idempotency:WaitSeconds") ?? 10);
    private readonly TimeSpan _lease = TimeSpan.FromSeconds(configuration.GetValue<double?>("Idempotency:LeaseSeconds")
        ?? (configuration.GetValue<int?>("RequestTimeouts:Seconds") ?? 30) + 5);

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }
        var key = values.ToString();
        if (values.Count != 1 || !IsWellFormed(key))
        {
            await SecurityProblems.BadIdempotencyKey().ExecuteAsync(http);
            return;
        }

        var bodyHash = await HashBodyAsync(http.Request);
        var id = ClaimId(http.User.Identity?.Name, http.Request.Method, http.Request.Path, key);
        var deadline = clock.GetUtcNow() + _wait;
        while (true)
        {
            if (await TryClaimAsync(id, bodyHash, http.RequestAborted))
            {
                await RunAndRememberAsync(http, id);
                return;
            }
            var earlier = await LoadAsync(id, http.RequestAborted);
            if (earlier is null) continue; // released between our claim and our look: claim again
            if (earlier.ClaimedAt + _retention < clock.GetUtcNow() || (!earlier.Completed && !earlier.Committed && earlier.LeaseUntil < clock.GetUtcNow()))
            {
                // Expired, or left by a node that died before writing anything: the request may run.
                await ReleaseAsync(id, CancellationToken.None);
                continue;
            }
            if (earlier.BodyHash != bodyHash)
            {
                await SecurityProblems.IdempotencyKeyReused().ExecuteAsync(http);
                return;
            }
            if (earlier.Completed)
            {
                await ReplayAsync(http, earlier);
                return;
            }
            if (earlier.Committed && earlier.LeaseUntil < clock.GetUtcNow())
            {
                await SecurityProblems.IdempotencyAnswerLost().ExecuteAsync(http);
                return;
            }
            if (clock.GetUtcNow() > deadline)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling((earlier.LeaseUntil - clock.GetUtcNow()).TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await SecurityProblems.IdempotencyKeyInFlight(seconds).ExecuteAsync(http);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), http.RequestAborted);
        }
    }

    private async Task RunAndRememberAsync(HttpContext http, string id)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        http.Items[ClaimItem] = id;
        try
        {
            await next(http);
        }
        catch
        {
            http.Items.Remove(ClaimItem);
            if (!http.Items.ContainsKey(CommittedItem)) await ReleaseAsync(id, CancellationToken.None);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        http.Items.Remove(ClaimItem);
        // A write that happened keeps its answer, even a failure after it: running again would write twice.
        if (http.Response.StatusCode < 400 || http.Items.ContainsKey(CommittedItem))
            await CompleteAsync(id, http.Response, buffer.ToArray());
        else
            await ReleaseAsync(id, CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotentRequest earlier)
    {
        http.Response.StatusCode = earlier.Status;
        if (earlier.ContentType is not null) http.Response.ContentType = earlier.ContentType;
        if (earlier.Location is not null) http.Response.Headers.Location = earlier.Location;
        if (earlier.ETag is not null) http.Response.Headers.ETag = earlier.ETag;
        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(earlier.Body, http.RequestAborted);
    }

    private async Task<bool> TryClaimAsync(string id, string bodyHash, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        session.Insert(new IdempotentRequest { Id = id, BodyHash = bodyHash, ClaimedAt = now, LeaseUntil = now + _lease });
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task CompleteAsync(string id, HttpResponse response, byte[] body)
    {
        await using var session = store.LightweightSession();
        var claim = await session.LoadAsync<IdempotentRequest>(id);
        if (claim is null) return;
        claim.Completed = true;
        claim.Status = response.StatusCode;
        claim.ContentType = response.ContentType;
        claim.Location = response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
        claim.ETag = response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
        claim.Body = body;
        session.Update(claim);
        // Not the request's token: once the write happened, its answer must be kept even if the client left.
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<IdempotentRequest?> LoadAsync(string id, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<IdempotentRequest>(id, ct);
    }

    private async Task ReleaseAsync(string id, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Delete<IdempotentRequest>(id);
        await session.SaveChangesAsync(ct);
    }

    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        // The body is read twice (hash, then the endpoint); RequestLimits already capped its size.
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static bool IsWellFormed(string key) => key.Length is >= 1 and <= 255 && key.All(c => c is >= '!' and <= '~');

    /// <summary>The claim's id: one per caller, method, path and key.</summary>
    public static string ClaimId(string? principal, string method, string path, string key) => Hash($"{principal}\n{method}\n{path}\n{key}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
