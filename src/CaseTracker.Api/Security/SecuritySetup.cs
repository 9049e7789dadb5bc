using CaseTracker.Api.Infrastructure.Idempotency;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace CaseTracker.Api.Security;

/// <summary>
/// Everything that makes the API safe to expose: keys and roles, rate limits, timeouts, idempotent
/// writes, security headers, CORS and HTTPS. Settings come from configuration (see appsettings.json).
/// </summary>
public static class SecuritySetup
{
    public static WebApplicationBuilder AddCaseTrackerSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton<ApiKeys>();
        services.AddHttpContextAccessor();
        services.ConfigureMarten((provider, options) =>
        {
            options.Schema.For<ApiKey>().UniqueIndex(k => k.Hash);
            options.Schema.For<IdempotentRequest>();
            options.Listeners.Add(new AuditListener(provider.GetRequiredService<IHttpContextAccessor>()));
            options.Listeners.Add(new IdempotencyListener(provider.GetRequiredService<IHttpContextAccessor>()));
            // Marten's default logger writes a failed command's SQL and parameters (event JSON, user text) to the log.
            options.Logger(new QuietMartenLogger(provider.GetRequiredService<ILogger<QuietMartenLogger>>()));
        });

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization(options =>
        {
            // One policy for every endpoint, including those mapped without any authorization metadata.
            var roles = new AuthorizationPolicyBuilder().AddRequirements(new EndpointRoleRequirement()).Build();
            options.DefaultPolicy = roles;
            options.FallbackPolicy = roles;
            options.AddPolicy(EndpointRoles.Policy, roles);
        });
        services.AddSingleton<IAuthorizationHandler, EndpointRoleHandler>();

        // Feature logs keep their configured levels: unreadable bodies are refused by StrictBodies before Wolverine reads them.
        // Far above Limits:MaxUrlChars: an over-long URL reaches RequestLimits and is answered with problem details.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize,
            Infrastructure.RequestLimits.MaxUrlChars(configuration) * 4));
        services.Configure<ProblemDetailsOptions>(InternalNames.Configure);
        // One line per failure (FailureHandler) instead of the framework's error with its stack and message.
        services.AddExceptionHandler<FailureHandler>();
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        services.AddCaseTrackerRateLimits(configuration);
        services.AddCaseTrackerRequestTimeouts(configuration);
        services.AddCaseTrackerCors(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>Call after the exception handler and before mapping endpoints; the order here matters.</summary>
    public static WebApplication UseCaseTrackerSecurity(this WebApplication app)
    {
        app.UseMiddleware<CorrelationId>();
        app.UseMiddleware<SecurityHeaders>();
        var httpsOnly = app.Configuration.GetValue<bool?>("Security:HttpsRedirect")
            ?? !(app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing"));
        if (httpsOnly)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        // Before authentication, so browsers' preflight requests are answered without a key.
        if (Cors.IsConfigured(app.Configuration)) app.UseCors();
        app.UseAuthentication();
        // After authentication (limits are per key), before authorization (anonymous floods are limited too).
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseAuthorization();
        app.UseMiddleware<InputGuard>();
        // Last, so only authorized writes claim keys and the buffered answer is the endpoint's own.
        app.UseMiddleware<IdempotentWrites>();
        return app;
    }
}
