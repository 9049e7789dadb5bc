using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>The seed article's case, logged by hand through the API as the README shows, reads back as a person would cite it.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeedCaseTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());


    [Fact]
    public async Task The_zoom_humanitarian_china_case_reads_back_as_the_right_history()
    {
        // Other tests import the seed, which opens this subject's case: one open case per subject, so close that one first.
        var taken = await _api.Post("/api/cases", new { platform = "Zoom", subject = new { name = "Humanitarian China", kind = "account" } });
        Assert.Contains(taken.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict });
        await _api.Post($"{taken.Headers.Location}/close", new { rationale = "superseded by the hand-built case" });
        var (caseId, _) = await _api.OpenCase("Zoom", "Humanitarian China");
        var suspended = await Post($"/api/cases/{caseId}/actions", new { type = "suspended", occurredOn = new { value = "--06-07" }, source = Cite("Le compte a été fermé le 7 juin") });
        var reinstated = await Post($"/api/cases/{caseId}/actions", new { type = "reinstated", source = Cite("il avait maintenant été réactivé") });
        await Post($"/api/cases/{caseId}/reasons", new
        {
            actionId = suspended, statedBy = "platform", category = "legal_compliance_local_law", language = "fr",
            text = "les participants dans ces pays sont tenus de se conformer à leurs lois locales respectives",
            source = Cite("les participants dans ces pays sont tenus de se conformer à leurs lois locales respectives"),
        });
        await Post($"/api/cases/{caseId}/reasons", new
        {
            actionId = suspended, statedBy = "subject", category = "not_stated", language = "fr",
            text = "le groupe n’avait toujours pas reçu de réponse de Zoom sur les raisons de la fermeture de son compte",
            source = Cite("le groupe n’avait toujours pas reçu de réponse de Zoom"),
        });

        var history = await _api.History(caseId);

        Assert.Equal("Zoom", history.GetProperty("platform").GetString());
        Assert.Equal("Humanitarian China", history.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal("reinstated", history.GetProperty("subjectStatus").GetString());
        var timeline = history.GetProperty("timeline");
        Assert.Equal(2, timeline.GetArrayLength());
        Assert.Equal(suspended, timeline[0].GetProperty("actionId").GetGuid());
        Assert.Equal("--06-07", timeline[0].GetProperty("occurredOn").GetProperty("value").GetString());
        Assert.False(timeline[0].GetProperty("occurredOn").GetProperty("yearInferred").GetBoolean());
        Assert.Equal("Le compte a été fermé le 7 juin", timeline[0].GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.Equal(reinstated, timeline[1].GetProperty("actionId").GetGuid());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, timeline[1].GetProperty("occurredOn").ValueKind);
        Assert.Empty(timeline[1].GetProperty("flags").EnumerateArray());

        var platformReason = Assert.Single(history.GetProperty("reasonsByParty").GetProperty("platform").EnumerateArray());
        Assert.Equal("legal_compliance_local_law", platformReason.GetProperty("category").GetString());
        Assert.Contains("lois locales", platformReason.GetProperty("text").GetString());
        var subjectReason = Assert.Single(history.GetProperty("reasonsByParty").GetProperty("subject").EnumerateArray());
        Assert.Equal("not_stated", subjectReason.GetProperty("category").GetString());

        var interval = Assert.Single(history.GetProperty("restrictions").EnumerateArray());
        Assert.Equal(suspended, interval.GetProperty("restrictionActionId").GetGuid());
        Assert.Equal(reinstated, interval.GetProperty("endedByActionId").GetGuid());
        Assert.False(interval.GetProperty("open").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, interval.GetProperty("duration").ValueKind); // the reinstatement is undated
    }

    private static object Cite(string quote) => new
    {
        outlet = "Timis Actu",
        url = "https://timisactu.net/zoom-suspend-le-compte-des-militants-bases-aux-etats-unis-apres-levenement-de-tiananmen/",
        language = "fr",
        quote,
    };

    private async Task<Guid> Post(string url, object body)
    {
        var response = await _api.Post(url, body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await ApiClient.Body(response)).GetProperty("id").GetGuid();
    }
}
