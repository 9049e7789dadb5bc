using System.Net;
using System.Net.Http.Json;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

/// <summary>Every event says who wrote it and in which request.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditTests(ApiFixture fixture)
{
    [Fact]
    public async Task Each_event_records_the_keys_principal_and_the_requests_correlation_id()
    {
        var principal = $"analyst-{Guid.NewGuid():N}"[..20];
        var analyst = TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Analyst, principal));

        var opened = await Send(analyst, "/api/cases", new { platform = "Zoom", subject = new { name = $"Humanitarian China {principal}", kind = "account" } }, "open-1");
        var caseId = (await ApiClient.Body(opened)).GetProperty("caseId").GetGuid();
        await Send(fixture.Client(), $"/api/cases/{caseId}/notes", new { text = "checked by the admin" }, "note-2");
        var unnamed = await Send(analyst, $"/api/cases/{caseId}/close", new { }, null);

        var events = await new ApiClient(fixture.Client(Role.Viewer)).Get($"/api/cases/{caseId}/events");
        Assert.Equal(3, events.GetArrayLength());
        Assert.Equal(principal, events[0].GetProperty("recordedBy").GetString());
        Assert.Equal("open-1", events[0].GetProperty("correlationId").GetString());
        Assert.Equal("test-admin", events[1].GetProperty("recordedBy").GetString());
        Assert.Equal("note-2", events[1].GetProperty("correlationId").GetString());
        Assert.Equal(principal, events[2].GetProperty("recordedBy").GetString());
        Assert.Equal(unnamed.Headers.GetValues("X-Correlation-Id").Single(), events[2].GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task Events_of_write_paths_that_do_not_stamp_themselves_are_still_audited()
    {
        var principal = $"ingester-{Guid.NewGuid():N}"[..20];
        var analyst = TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Analyst, principal));
        var eventsBefore = await EventCounts.TotalAsync(fixture.ConnectionString);

        await Send(analyst, "/api/sources", new { outlet = "Audit Daily", text = $"Zoom suspended the account of a group on 7 June. {Guid.NewGuid()}" }, "ingest-1");

        var latest = await EventCounts.LatestAsync(fixture.ConnectionString, (int)(await EventCounts.TotalAsync(fixture.ConnectionString) - eventsBefore));
        Assert.NotEmpty(latest);
        Assert.All(latest.Split('\n'), line => Assert.Contains($"by {principal} in ingest-1", line));
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, object body, string? correlationId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (correlationId is not null) request.Headers.Add("X-Correlation-Id", correlationId);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }
}
