using System.Security.Cryptography;
using System.Text;
using Marten;
using JasperFx;

namespace CaseTracker.Api.Security.Idempotency;

/// <summary>
/// Makes a POST with an Idempotency-Key happen once. The first request claims the key with a unique
/// insert, runs, and stores its answer (status, Location, ETag, body); a repeat gets that answer back
/// and writes nothing. A repeat racing the first waits for it. A first run that failed (4xx/5xx)
/// releases the key, so the request may be retried. The same key with another body is a 422.
/// </summary>
public sealed class IdempotentWrites(RequestDelegate next, IDocumentStore store, IConfiguration configuration, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private readonly TimeSpan _retention = TimeSpan.FromHours(configuration.GetValue<double?>("Idempotency:RetentionHours") ?? 24);
    private readonly TimeSpan _wait = TimeSpan.FromSeconds(configuration.GetValue<double?>("Idempotency:WaitSeconds") ?? 10);

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
        var id = Hash($"{http.User.Identity?.Name}\n{http.Request.Method}\n{http.Request.Path}\n{key}");
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
            if (earlier.ClaimedAt + _retention < clock.GetUtcNow())
            {
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
            if (clock.GetUtcNow() > deadline)
            {
                await SecurityProblems.IdempotencyKeyInFlight().ExecuteAsync(http);
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
        try
        {
            await next(http);
        }
        catch
        {
            await ReleaseAsync(id, CancellationToken.None);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode < 400)
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
        session.Insert(new IdempotentRequest { Id = id, BodyHash = bodyHash, ClaimedAt = clock.GetUtcNow() });
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

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
