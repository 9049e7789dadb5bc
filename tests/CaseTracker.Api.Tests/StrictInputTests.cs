using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>Nothing a client writes is silently dropped, and every refusal says how to put it right.</summary>
[Collection(ApiCollection.Name)]
public sealed class StrictInputTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private static string Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? string.Join(" ", messages.EnumerateArray().Select(m => m.GetString())) : $"(no error for {field}: {problem})";

    [Theory]
    [InlineData("""{"type":"suspended","occuredOn":{"value":"2020-06-07"},"source":{"outlet":"A"}}""", "occuredOn", "occurredOn")]
    [InlineData("""{"type":"suspended","source":{"outlett":"A"}}""", "source.outlett", "outlet")]
    [InlineData("""{"type":"suspended","occurredOn":{"valeu":"2020-06-07"},"source":{"outlet":"A"}}""", "occurredOn.valeu", "value")]
    [InlineData("""{"type":"suspended","source":{"outlet":"A"},"colour":"red"}""", "colour", null)]
    public async Task An_unknown_field_is_a_400_naming_it_and_the_nearest_known_one_and_records_nothing(string body, string field, string? nearest)
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/actions", body), HttpStatusCode.BadRequest);

        var message = Errors(problem, field);
        Assert.Contains($"'{field.Split('.')[^1]}' is not a field", message);
        if (nearest is not null) Assert.Contains($"did you mean '{nearest}'?", message);
        else Assert.DoesNotContain("did you mean", message);
        Assert.DoesNotContain("CaseTracker", problem.GetRawText());
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task An_unknown_field_is_refused_in_a_case_opening_and_a_claim_review_too()
    {
        var platform = ApiClient.UniquePlatform();
        var open = await ApiClient.Problem(await _api.PostRaw("/api/cases",
            $$$"""{"platform":"{{{platform}}}","newPlatform":true,"subject":{"name":"A","kind":"account","contry":"FR"}}"""), HttpStatusCode.BadRequest);
        Assert.Contains("did you mean 'country'?", Errors(open, "subject.contry"));
        Assert.Equal(0, (await _api.Get($"/api/cases?platform={platform}")).GetProperty("items").GetArrayLength());

        var reject = await ApiClient.Problem(await _api.PostRaw($"/api/claims/{Guid.NewGuid()}/reject", """{"reasn":"not an action"}"""), HttpStatusCode.BadRequest);
        Assert.Contains("did you mean 'reason'?", Errors(reject, "reasn"));
    }

    [Theory]
    [InlineData("2020-02-03", "2020-02-03")]
    [InlineData("--06-07", "--06-07")]
    [InlineData("2020-02", "2020-02")]
    public async Task A_date_may_be_written_as_a_plain_string(string written, string stored)
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.PostRaw($"/api/cases/{caseId}/actions", $$$"""{"type":"suspended","occurredOn":"{{{written}}}","source":{"outlet":"A"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var history = await _api.History(caseId);
        Assert.Equal(stored, history.GetProperty("timeline")[0].GetProperty("occurredOn").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("2020-02-30", "'2020-02-30' is not a date: February 2020 has 29 days, so there is no day 30.")]
    [InlineData("2020-13", "'2020-13' is not a date: there is no month 13; months run from 01 to 12.")]
    [InlineData("June 7", "'June 7' is not a date: write it as YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown.")]
    public async Task An_impossible_date_is_explained_in_a_sentence(string date, string expected)
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/actions",
            $$$"""{"type":"suspended","occurredOn":"{{{date}}}","source":{"outlet":"A"}}"""), HttpStatusCode.BadRequest);

        Assert.Equal(expected, Errors(problem, "occurredOn.value"));
    }

    [Theory]
    [InlineData("""{"type":"suspended","source":{"outlet":"A","quoteStart":"abc"}}""", "source.quoteStart", "'source.quoteStart' must be a whole number.")]
    [InlineData("""{"type":"suspended","source":{"outlet":"A","sourceId":"nope"}}""", "source.sourceId", "'source.sourceId' must be an id")]
    [InlineData("""{"type":"suspended","occurredOn":7,"source":{"outlet":"A"}}""", "occurredOn", "'occurredOn' must be a date: \"2020-06-07\"")]
    [InlineData("""{"type":"suspended","source":"Le Monde"}""", "source", "'source' must be an object with the fields outlet, url")]
    public async Task A_value_of_the_wrong_kind_is_named_in_words_not_dotnet_types(string body, string field, string expected)
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/actions", body), HttpStatusCode.BadRequest);

        Assert.StartsWith(expected, Errors(problem, field));
        Assert.DoesNotContain("System.", problem.GetRawText());
        Assert.DoesNotContain("CaseTracker.", problem.GetRawText());
    }

    [Fact]
    public async Task A_body_in_another_format_is_a_415_saying_to_send_json()
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/notes", "text=hello", "text/plain"), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Closing_without_a_body_says_to_send_an_empty_object()
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/close", ""), HttpStatusCode.BadRequest);

        Assert.Contains("send {} when you have nothing to add", problem.GetProperty("detail").GetString());
        Assert.Contains("rationale", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task Accepting_answers_without_a_problem_field_and_rejecting_it_afterwards_says_where_it_went()
    {
        var group = $"Lantern {Articles.UniqueWord()} Collective";
        var body = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored(group), Articles.UniqueUrl())));
        var claimId = body.GetProperty("claims")[0].GetProperty("id").GetGuid();

        var accepted = await ApiClient.Body(await _api.Post($"/api/claims/{claimId}/accept", new { }));
        Assert.False(accepted.TryGetProperty("problem", out _), accepted.GetRawText());
        var caseId = accepted.GetProperty("caseId").GetGuid();

        var problem = await ApiClient.Problem(await _api.Post($"/api/claims/{claimId}/reject", new { reason = "not an action" }), HttpStatusCode.Conflict);
        Assert.Equal("The claim was already accepted.", problem.GetProperty("title").GetString());
        Assert.Contains($"already accepted into case {caseId}", problem.GetProperty("detail").GetString());
    }
}
