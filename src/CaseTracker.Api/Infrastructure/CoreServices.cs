using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Extraction;
using FluentValidation;

namespace CaseTracker.Api.Infrastructure;

public static class CoreServices
{
    /// <summary>
    /// What both hosts need, the web host and the command host (StoreCommands): the clock, the event
    /// store, ingestion with its extractor and work bounds, claim review and the request validators.
    /// </summary>
    public static IServiceCollection AddCaseTrackerCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCaseTrackerStore(configuration);
        services.AddSingleton<ClaimExtractor>();
        services.AddSingleton<SourceIngestion>();
        services.AddSingleton(WorkBounds.From(configuration));
        services.AddSingleton<ClaimReview>();
        services.AddValidatorsFromAssemblyContaining<SourceRequest>(ServiceLifetime.Singleton);
        return services;
    }
}
