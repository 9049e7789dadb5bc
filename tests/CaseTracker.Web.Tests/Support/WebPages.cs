using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Web.Tests.Support;

/// <summary>Every page type the site has and one address of each, on the seed data.</summary>
public static class WebPages
{
    public static readonly string[] Types = ["signin", "cases", "case", "case-new", "write", "source", "source-new", "claims", "claim", "subject", "platform"];

    public static async Task<string> UrlOfAsync(WebFixture web, string type)
    {
        await using var session = web.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var path = type switch
        {
            "signin" => "/signin",
            "cases" => "/cases",
            "case" => $"/cases/{web.SeedCaseId}",
            "case-new" => "/cases/new",
            "write" => $"/cases/{web.SeedCaseId}/write/reason",
            "source" => $"/sources/{(await session.Query<SourceDocument>().FirstAsync()).Id}",
            "source-new" => "/sources/new",
            "claims" => "/claims",
            "claim" => $"/claims/{(await session.Query<ReviewClaim>().FirstAsync()).Id}",
            "subject" => "/subjects/Humanitarian%20China",
            "platform" => "/platforms/Zoom",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a page type"),
        };
        return web.BaseUrl + path;
    }
}
