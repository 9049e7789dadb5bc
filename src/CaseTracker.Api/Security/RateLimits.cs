using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseTracker.Api.Security;

/// <summary>
/// A fixed window per API key (RateLimits:PermitPerMinute) and per client address for callers
/// without a key (RateLimits:AnonymousPermitPerMinute); over it, 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddCaseTrackerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perKey = configuration.GetValue<int?>("RateLimits:PermitPerMinute") ?? 600;
        var perAddress = configuration.GetValue<int?>("RateLimits:AnonymousPermitPerMinute") ?? 120;
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) is { } keyId
                    ? Window($"key:{keyId}", perKey)
                    : Window($"address:{http.Connection.RemoteIpAddress}", perAddress));
            options.OnRejected = async (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(seconds, 1).ToString(CultureInfo.InvariantCulture);
                await SecurityProblems.RateLimited(Math.Max(seconds, 1)).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string partition, int permitPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });
}
