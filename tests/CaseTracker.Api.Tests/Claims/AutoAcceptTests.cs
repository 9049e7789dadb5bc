using System.Net;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;
using CaseTracker.Api.Features.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;

namespace CaseTracker.Api.Tests.Claims;

/// <summary>A host where claims at or above 0.85 confidence are accepted on ingestion.</summary>
public sealed class AutoAcceptFixture : ApiFixture
{
    protected override void Configure(IWebHostBuilder host) => host.UseSetting("Review:AutoAcceptThreshold", "0.85");
}

[CollectionDefinition(Name)]
public sealed class AutoAcceptCollection : ICollectionFixture<AutoAcceptFixture>
{
    public const string Name = "auto-accept";
}

[Collection(AutoAcceptCollection.Name)]
public sealed class AutoAcceptTests(AutoAcceptFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Confident_claims_land_in_a_case_on_ingestion_and_the_others_wait()
    {
        var subject = $"Harbour {Articles.UniqueWord()} League";
        // A named account with a date reads as confident; bare "videos" with no owner does not.
        var text = Articles.Unique($"YouTube removes videos\n\nTwitter suspended the account of the {subject} on 3 March, the league said. " +
                                   "YouTube removed videos of the league.");

        // Acceptance is a durable message the ingest transaction publishes: wait until Wolverine has handled it.
        HttpResponseMessage response = null!;
        var tracked = await fixture.Factory.Services.GetRequiredService<IHost>().TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((IMessageContext _) => Ingest());
        async Task Ingest() => response = await _api.Post("/api/sources", Articles.Text(text, Articles.UniqueUrl()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sourceId = (await ApiClient.Body(response)).GetProperty("sourceId").GetGuid();
        Assert.Equal(sourceId, tracked.Executed.SingleMessage<AutoAcceptClaims>().SourceId);
        var accepted = (await _api.Get($"/api/claims?status=accepted&sourceId={sourceId}")).GetProperty("items").EnumerateArray().ToList();
        var pending = (await _api.Get($"/api/claims?status=pending&sourceId={sourceId}")).GetProperty("items").EnumerateArray().ToList();
        var confident = Assert.Single(accepted, c => c.GetProperty("subject").GetString() == subject);
        Assert.True(confident.GetProperty("automaticallyAccepted").GetBoolean());
        Assert.All(accepted, c => Assert.True(c.GetProperty("confidence").GetDouble() >= 0.85));
        Assert.NotEmpty(pending);
        Assert.All(pending, c => Assert.True(c.GetProperty("confidence").GetDouble() < 0.85));
        var history = await _api.History(confident.GetProperty("caseId").GetGuid());
        Assert.Equal("suspended", history.GetProperty("timeline")[0].GetProperty("type").GetString());
    }
}
