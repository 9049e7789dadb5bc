using Microsoft.AspNetCore.Http.Timeouts;

namespace CaseTracker.Api.Security;

/// <summary>Every request is cancelled after RequestTimeouts:Seconds (default 30): a 504 problem, and its transaction rolls back.</summary>
public static class RequestTimeouts
{
    public static IServiceCollection AddCaseTrackerRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue<int?>("RequestTimeouts:Seconds") ?? 30;
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(seconds),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = http => SecurityProblems.Timeout(seconds).ExecuteAsync(http),
        });
        return services;
    }
}
