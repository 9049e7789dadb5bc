using CaseTracker.Api.Tests.Support;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.ReadModels;

public static class AsyncProjections
{
    /// <summary>Returns once the daemon has applied every event appended so far: no sleeps, no polling of the API.</summary>
    public static Task CaughtUp(ApiFixture fixture) =>
        fixture.Factory.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
}
