using System.Text.Json;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.ReadModels;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Histories;

/// <summary>The story ends with a rebuild of every read model, so it gets a database and host of its own.</summary>
[CollectionDefinition(Name)]
public sealed class FourSourceStoryCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "four-source story";
}

/// <summary>
/// Issue 4's story: two outlets report one suspension (one republishes the other), a third
/// gives another date, the platform states its reason, and a later article reports the
/// reinstatement. Everything goes in through ingestion and review, as an analyst would do it.
/// </summary>
[Collection(FourSourceStoryCollection.Name)]
public sealed class FourSourceStoryTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private static string Wire(string subject) =>
        $"Twitter suspended the account of the {subject} on 3 March, the group said. The network had organised an online vigil for detained " +
        "journalists that drew thousands of viewers across the region, and its organisers said they had received no warning before the account " +
        "went dark. Members of the network said they would appeal the decision and continue to publish on other services while the account " +
        "remained unavailable to readers in the region and abroad.";

    private async Task<DateTimeOffset> IngestAndAccept(string outlet, string text, string published)
    {
        var response = await _api.Post("/api/sources", new { outlet, url = Articles.UniqueUrl(), language = "en", publishedOn = published, text });
        var claims = (await ApiClient.Body(response)).GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _api.Post($"/api/claims/{claim.GetProperty("id").GetGuid()}/accept", new { })).StatusCode);
        fixture.Clock.Step();
        var between = fixture.Clock.GetUtcNow();
        fixture.Clock.Step();
        return between;
    }

    [Fact]
    public async Task Four_sources_and_a_reinstatement_read_as_one_cited_history()
    {
        var subject = $"Amber {Articles.UniqueWord()} Network";
        var afterFirst = await IngestAndAccept("Coastal Herald", Wire(subject), "2021-03-04");
        var afterCopy = await IngestAndAccept("Valley Gazette", Wire(subject) + " This story was first published by the Coastal Herald.", "2021-03-05");
        var afterOtherDate = await IngestAndAccept("Metro Daily", $"Twitter suspended the account of the {subject} on 5 March, according to the group.", "2021-03-06");
        var afterStatement = await IngestAndAccept("Twitter Safety", $"Twitter said it suspended the account of the {subject} for breaking its rules on spam.", "2021-03-07");
        await IngestAndAccept("Coastal Herald", $"On 10 March Twitter restored the account of the {subject}, the group said.", "2021-03-11");

        var caseId = Assert.Single((await _api.Get($"/api/cases?platform=Twitter&subject={Uri.EscapeDataString(subject)}")).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        var history = await _api.History(caseId);

        // One suspension: three sources, two of them independent (the Gazette republished the Herald).
        var timeline = history.GetProperty("timeline");
        Assert.Equal(["suspended", "reinstated"], timeline.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        var suspension = timeline[0];
        Assert.Equal("2021-03-03", suspension.GetProperty("occurredOn").GetProperty("value").GetString());
        Assert.Equal(["Coastal Herald", "Valley Gazette", "Twitter Safety"], suspension.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetProperty("outlet").GetString()));
        Assert.Equal(2, suspension.GetProperty("independentSourceCount").GetInt32());
        Assert.Equal(0, suspension.GetProperty("sources")[1].GetProperty("repeatOf").GetInt32());
        Assert.Equal("2021-03-04", suspension.GetProperty("firstPublishedOn").GetString());

        // The other date is kept beside the first and flagged.
        Assert.True(suspension.GetProperty("contradicted").GetBoolean());
        var contradiction = Assert.Single(history.GetProperty("contradictions").EnumerateArray());
        Assert.Equal("date", contradiction.GetProperty("kind").GetString());
        Assert.Equal(["2021-03-03", "2021-03-05"], contradiction.GetProperty("readings").EnumerateArray().Select(r => r.GetProperty("value").GetString()));

        // The platform's reason, the interval and its duration.
        var reason = Assert.Single(history.GetProperty("reasonsByParty").GetProperty("platform").EnumerateArray());
        Assert.Contains("spam", reason.GetProperty("text").GetString());
        var interval = Assert.Single(history.GetProperty("restrictions").EnumerateArray());
        Assert.Equal((7, "days"), (interval.GetProperty("duration").GetProperty("amount").GetInt32(), interval.GetProperty("duration").GetProperty("unit").GetString()));
        Assert.Equal("reinstated", history.GetProperty("subjectStatus").GetString());

        // An analyst settles the date; nothing is deleted.
        var resolve = await _api.Post($"/api/cases/{caseId}/actions/{suspension.GetProperty("actionId").GetGuid()}/resolve",
            new { chosenReading = "2021-03-03", rationale = "two independent outlets and the group's own statement agree" });
        Assert.Equal(System.Net.HttpStatusCode.OK, resolve.StatusCode);
        var resolved = await _api.History(caseId);
        Assert.False(resolved.GetProperty("timeline")[0].GetProperty("contradicted").GetBoolean());
        var kept = Assert.Single(resolved.GetProperty("contradictions").EnumerateArray());
        Assert.Equal(2, kept.GetProperty("readings").GetArrayLength());
        Assert.Equal("2021-03-03", kept.GetProperty("resolution").GetProperty("chosenReading").GetString());

        // What was known when.
        var first = await _api.History(caseId, afterFirst.ToString("O"));
        Assert.Equal(1, first.GetProperty("timeline")[0].GetProperty("sourceCount").GetInt32());
        Assert.Equal("suspended", first.GetProperty("subjectStatus").GetString());
        var copy = await _api.History(caseId, afterCopy.ToString("O"));
        Assert.Equal((2, 1), (copy.GetProperty("timeline")[0].GetProperty("sourceCount").GetInt32(), copy.GetProperty("timeline")[0].GetProperty("independentSourceCount").GetInt32()));
        Assert.Empty(copy.GetProperty("contradictions").EnumerateArray());
        var otherDate = await _api.History(caseId, afterOtherDate.ToString("O"));
        Assert.Single(otherDate.GetProperty("contradictions").EnumerateArray());
        Assert.Empty(otherDate.GetProperty("reasonsByParty").EnumerateObject());
        var statement = await _api.History(caseId, afterStatement.ToString("O"));
        Assert.True(statement.GetProperty("restrictions")[0].GetProperty("open").GetBoolean());

        // The subject's own view across platforms.
        var subjectHistory = await _api.Get($"/api/subjects/{Uri.EscapeDataString(subject.ToUpperInvariant())}/history");
        Assert.Equal(["Twitter"], subjectHistory.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, subjectHistory.GetProperty("timelineTotal").GetInt32());

        // The platform's month: one suspension, one reinstatement, the platform's reason.
        await AsyncProjections.CaughtUp(fixture);
        var march = Assert.Single((await _api.Get("/api/platforms/twitter/activity?from=2021-03&to=2021-03")).GetProperty("items").EnumerateArray());
        Assert.Equal("{\"reinstated\":1,\"suspended\":1}", march.GetProperty("actionsByType").GetRawText());
        Assert.Equal(1, march.GetProperty("reasonsByCategory").GetProperty(reason.GetProperty("category").GetString()!).GetInt32());

        // Every read model rebuilt from the events reads the same.
        var before = (await _api.History(caseId)).GetRawText();
        var activityBefore = march.GetRawText();
        Assert.True(await RebuildCommand.Run(fixture.Factory.Services, TimeSpan.FromMinutes(2), new StringWriter()));
        await AsyncProjections.CaughtUp(fixture);
        Assert.Equal(before, (await _api.History(caseId)).GetRawText());
        Assert.Equal(activityBefore, Assert.Single((await _api.Get("/api/platforms/twitter/activity?from=2021-03&to=2021-03")).GetProperty("items").EnumerateArray()).GetRawText());
        Assert.Equal(subjectHistory.GetRawText(), (await _api.Get($"/api/subjects/{Uri.EscapeDataString(subject.ToUpperInvariant())}/history")).GetRawText());
    }
}
