using System.Net;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>One open case per platform and subject, kept by the store, also when requests race against each other.</summary>
[Collection(ApiCollection.Name)]
public sealed class OneOpenCaseTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private Task<HttpResponseMessage> Open(string platform, string subject) =>
        new ApiClient(fixture.Client()).Post("/api/cases", new { platform, subject = new { name = subject, kind = "group" } });

    private async Task<long> OpenCount(string platform, string subject) =>
        (await _api.Get($"/api/cases?platform={platform}&subject={Uri.EscapeDataString(subject)}&status=open")).GetProperty("items").GetArrayLength();

    [Fact]
    public async Task Opening_a_subject_that_already_has_an_open_case_is_a_409_pointing_at_it()
    {
        var subject = $"Group {Articles.UniqueWord()}";
        var first = await ApiClient.Body(await Open("Zoom", subject));
        var caseId = first.GetProperty("caseId").GetGuid();

        var again = await Open("zoom", subject.ToUpperInvariant());

        var problem = await ApiClient.Problem(again, HttpStatusCode.Conflict);
        Assert.Equal($"/api/cases/{caseId}", again.Headers.Location?.OriginalString);
        Assert.Equal(caseId, problem.GetProperty("caseId").GetGuid());
        Assert.Contains($"/api/cases/{caseId}", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await OpenCount("Zoom", subject));
    }

    [Fact]
    public async Task A_closed_case_makes_room_for_a_new_one_and_cannot_be_reopened_beside_it()
    {
        var subject = $"Group {Articles.UniqueWord()}";
        var first = (await ApiClient.Body(await Open("Zoom", subject))).GetProperty("caseId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{first}/close", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await Open("Zoom", subject)).StatusCode);

        var reopen = await _api.Post($"/api/cases/{first}/reopen", new { });
        Assert.Equal("/problems/case-already-open", (await ApiClient.Problem(reopen, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(1, await OpenCount("Zoom", subject));
    }

    [Fact]
    public async Task Racing_openings_of_one_subject_give_one_case_and_409s_pointing_at_it()
    {
        var subject = $"Group {Articles.UniqueWord()}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Open("Zoom", subject))));

        var created = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var caseId = (await ApiClient.Body(created)).GetProperty("caseId").GetGuid();
        Assert.All(answers.Where(a => a != created), a =>
        {
            Assert.Equal(HttpStatusCode.Conflict, a.StatusCode);
            Assert.Equal($"/api/cases/{caseId}", a.Headers.Location?.OriginalString);
        });
        Assert.Equal(1, await OpenCount("Zoom", subject));
    }

    [Fact]
    public async Task Concurrent_accepts_of_claims_about_one_new_subject_give_one_case()
    {
        for (var round = 0; round < 4; round++)
        {
            var group = $"Lantern {Articles.UniqueWord()} Collective";
            // Two articles (two source streams) and both claims of the first: three accepts racing to open the subject's case.
            var first = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored(group), Articles.UniqueUrl())));
            var second = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored(group), Articles.UniqueUrl(), outlet: "Other Daily")));
            var claims = first.GetProperty("claims").EnumerateArray().Concat(second.GetProperty("claims").EnumerateArray().Take(1))
                .Select(c => c.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(3, claims.Count);

            var answers = await Task.WhenAll(claims.Select(id => Task.Run(() => new ApiClient(fixture.Client()).Post($"/api/claims/{id}/accept", new { }))));

            var bodies = new List<System.Text.Json.JsonElement>();
            foreach (var answer in answers)
            {
                Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                bodies.Add(await ApiClient.Body(answer));
            }
            Assert.Single(bodies.Select(b => b.GetProperty("caseId").GetGuid()).Distinct());
            Assert.Single(bodies, b => b.GetProperty("newCase").GetBoolean());
            Assert.Equal(1, (await _api.Get($"/api/cases?subject={Uri.EscapeDataString(group)}")).GetProperty("items").GetArrayLength());
        }
    }
}
