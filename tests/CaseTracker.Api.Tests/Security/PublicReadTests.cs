using System.Net;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

/// <summary>With Security:PublicRead on, anyone may read; writing still needs an analyst key.</summary>
[Collection(TunedApiCollection.Name)]
public sealed class PublicReadTests(TunedApiFixture fixture)
{
    [Fact]
    public async Task An_anonymous_client_reads_cases_lists_and_events_but_writes_nothing()
    {
        var analyst = new ApiClient(TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Analyst)));
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await analyst.OpenCase(platform);
        var anonymous = new ApiClient(fixture.AnonymousClient());

        Assert.Equal(caseId, (await anonymous.History(caseId)).GetProperty("id").GetGuid());
        Assert.Equal(1, (await anonymous.Get($"/api/cases?platform={platform}")).GetProperty("items").GetArrayLength());
        Assert.Equal(1, await anonymous.EventCount(caseId));

        await ApiClient.Problem(await anonymous.Post($"/api/cases/{caseId}/notes", new { text = "anonymous note" }), HttpStatusCode.Unauthorized);
        await ApiClient.Problem(await anonymous.Post("/api/cases", new { platform, subject = new { name = "X", kind = "account" } }), HttpStatusCode.Unauthorized);
        Assert.Equal(1, await anonymous.EventCount(caseId));
        Assert.Equal(1, (await anonymous.Get($"/api/cases?platform={platform}")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_key_is_refused_even_where_reading_is_public()
    {
        var client = TestKeys.WithKey(fixture.AnonymousClient(), "ctk_garbage-garbage-garbage-garbage-garbage-00");

        await ApiClient.Problem(await client.GetAsync("/api/cases"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_viewer_still_cannot_write()
    {
        var viewer = new ApiClient(TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer)));

        await ApiClient.Problem(await viewer.Post("/api/cases", new { platform = "Zoom" }), HttpStatusCode.Forbidden);
    }
}
