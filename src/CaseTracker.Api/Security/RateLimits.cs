using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTracker.Api.Security;

/// <summary>
/// A fixed window per API key (RateLimits:PermitPerMinute) and per client address for callers
/// without a key (RateLimits:AnonymousPermitPerMinute); over it, 429 problem details with
/// Retry-After saying when that partition's window ends (the limiter itself only ever says "a
/// whole window"). Health checks are never limited: an orchestrator must not see a healthy node
/// as dead because one address spent its permits.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddCaseTrackerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perKey = configuration.GetValue<int?>("RateLimits:PermitPerMinute") ?? 600;
        var perAddress = configuration.GetValue<int?>("RateLimits:AnonymousPermitPerMinute") ?? 120;
        var windowStarts = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/health") ? RateLimitPartition.GetNoLimiter("health")
                : http.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) is { } keyId
                    ? Window($"key:{keyId}", perKey, windowStarts)
                    : Window($"address:{http.Connection.RemoteIpAddress}", perAddress, windowStarts));
            options.OnRejected = async (context, _) =>
            {
                var seconds = (int)Math.Ceiling(Remaining(context.HttpContext, windowStarts).TotalSeconds);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(seconds, 1).ToString(CultureInfo.InvariantCulture);
                await SecurityProblems.RateLimited(Math.Max(seconds, 1)).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static readonly TimeSpan WindowLength = TimeSpan.FromMinutes(1);

    /// <summary>A partition's limiter is made when its first request comes: its windows count from then.</summary>
    private static RateLimitPartition<string> Window(string partition, int permitPerMinute, System.Collections.Concurrent.ConcurrentDictionary<string, long> starts) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ =>
        {
            if (starts.Count > 100_000) starts.Clear();
            starts[partition] = Environment.TickCount64;
            return new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = WindowLength, QueueLimit = 0, AutoReplenishment = true };
        });

    private static TimeSpan Remaining(HttpContext http, System.Collections.Concurrent.ConcurrentDictionary<string, long> starts)
    {
        var partition = http.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) is { } keyId ? $"key:{keyId}" : $"address:{http.Connection.RemoteIpAddress}";
        if (!starts.TryGetValue(partition, out var start)) return WindowLength;
        var intoWindow = (Environment.TickCount64 - start) % (long)WindowLength.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(WindowLength.TotalMilliseconds - intoWindow);
    }
}
