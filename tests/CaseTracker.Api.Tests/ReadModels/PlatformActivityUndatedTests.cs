using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.ReadModels;

[Collection(ApiCollection.Name)]
public sealed class PlatformActivityUndatedTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task An_action_with_no_date_counts_in_the_unknown_month_not_the_month_it_was_recorded()
    {
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await _api.OpenCase(platform);
        await _api.RecordAction(caseId, "reinstated", null, outlet: $"Outlet {Guid.NewGuid():N}");
        await _api.RecordAction(caseId, "suspended", "2020", outlet: $"Outlet {Guid.NewGuid():N}");

        await AsyncProjections.CaughtUp(fixture);
        var page = await _api.Get($"/api/platforms/{Uri.EscapeDataString(platform)}/activity");

        var month = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("unknown", month.GetProperty("month").GetString());
        Assert.Equal(2, month.GetProperty("actions").GetInt32());
    }
}
