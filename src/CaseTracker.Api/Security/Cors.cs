namespace CaseTracker.Api.Security;

/// <summary>Cross-origin browser access is closed unless Cors:Origins names the sites allowed to call the API.</summary>
public static class Cors
{
    public static string[] Origins(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cors:Origins");
        var listed = section.Get<string[]>() ?? [];
        // Also accept one comma-separated value, as environment variables give it.
        var single = section.Value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return listed.Concat(single).Where(o => o.Length > 0).Distinct().ToArray();
    }

    public static bool IsConfigured(IConfiguration configuration) => Origins(configuration).Length > 0;

    public static IServiceCollection AddCaseTrackerCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = Origins(configuration);
        if (origins.Length == 0) return services;
        services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", CorrelationId.Header)
            .WithExposedHeaders("ETag", "Location", "Retry-After", CorrelationId.Header, Infrastructure.Idempotency.IdempotentWrites.ReplayedHeader)));
        return services;
    }
}
