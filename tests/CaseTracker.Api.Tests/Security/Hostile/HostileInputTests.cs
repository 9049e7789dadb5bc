using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>
/// Thousands of generated bad requests (fixed seeds, so a failure replays) against every write and
/// the reads with query strings: never a 5xx, a problem-details body on every 4xx, nothing written
/// when refused; and text that was accepted reads back exactly as sent.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class HostileInputTests(ApiFixture fixture, ITestOutputHelper output)
{
    private const ulong Seed = 20260607;

    private Config Config(int tests) => FsCheck.Config.QuickThrowOnFailure
        .WithMaxTest(tests)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)))
        .WithEndSize(100);

    [Fact]
    public async Task Hostile_writes_are_refused_with_problem_details_and_write_nothing()
    {
        var scene = await Scene.CreateAsync(fixture);
        var generator = Gen.OneOf(WriteTemplate.All.Select(t =>
                Gen.Frequency((4, HostileRequests.FieldMutations(t)), (1, HostileRequests.Structural(t.Path, t.Body.Render(null, null), knownShape: true))))
            .Concat(scene.OtherPosts.Select(p => HostileRequests.Structural(p, "{}", knownShape: false))));

        var tried = await Run(scene, generator, tests: 2500);

        Report($"hostile writes: {tried} requests tried (seed {Seed})");
    }

    [Fact]
    public async Task Hostile_query_strings_and_route_values_never_break_a_read()
    {
        var scene = await Scene.CreateAsync(fixture);
        var value = Gen.OneOf(
            Gen.Elements(HostileValues.Injections.Concat(HostileValues.UnknownCodes).Concat(HostileValues.ImpossibleDates).Concat(HostileValues.BadNumbers)
                .Concat(["2147483647", "2147483648", "-2147483648", "100", "101", "abc", "1e3", "", " ", "%", "%%", "%00", "%ED%A0%80", "%C3%28", "%FF", "%F4%90%80%80", "%E2%82"]).ToArray())
                .Select(v => v.StartsWith('%') ? v : Uri.EscapeDataString(v)),
            Gen.Choose(0, 0x1F).Select(c => Uri.EscapeDataString($"a{(char)c}b")),
            Gen.Choose(1000, 8000).Select(n => new string('q', n)),
            HostileValues.UnicodeText.Select(Uri.EscapeDataString));
        var listQuery =
            from names in Gen.SubListOf(["page", "pageSize", "platform", "subject", "status", "action", "page"])
            from values in Gen.ArrayOf(value, names.Count)
            select new HostileRequest("GET", "/api/cases?" + string.Join("&", names.Zip(values, (n, v) => $"{n}={v}")), "", [], "", "list query", false);
        var asOf = value.Select(v => new HostileRequest("GET", $"/api/cases/CASE?asOf={v}", "", [], "", "asOf", false));
        var routeValues =
            from pattern in Gen.Elements(scene.GetPatterns)
            from v in value
            // %00 in a path never reaches the app: Kestrel refuses it, and the test server throws before sending.
            where !v.Contains("%00", StringComparison.Ordinal)
            select new HostileRequest("GET", RouteValue().Replace(pattern, v.Length == 0 ? "x" : v, 1), "", [], "", "route value", false);

        var tried = await Run(scene, Gen.OneOf(listQuery, asOf, routeValues), tests: 1200);

        Report($"hostile reads: {tried} requests tried (seed {Seed})");
    }

    [Fact]
    public async Task Accepted_text_comes_back_exactly_as_sent()
    {
        var scene = await Scene.CreateAsync(fixture);
        var texts =
            from template in Gen.Elements(WriteTemplate.All.Where(t => t.TextPath is not null).ToArray())
            from text in HostileValues.UnicodeText
            from escaped in Gen.Elements(true, false)
            select (template, text, escaped);
        var tried = 0;

        var property = Prop.ForAll(texts.ToArbitrary(), sample => Task.Run(async () =>
        {
            // A fresh case now and then keeps each history small, so reading it back stays quick.
            if (tried++ % 20 == 0) await scene.RenewAsync();
            var (template, text, escaped) = sample;
            // A source of its own each time: the same action from the same source is recognised as a repeat and not recorded again.
            var body = template.Body.Render($"{WriteTemplate.Root}.{template.TextPath}", HostileValues.Literal(text, escaped))
                .Replace("\"Timis Actu\"", $"\"Outlet {tried}\"").Replace("https://example.org/article", $"https://example.org/article/{tried}");
            var response = await scene.SendAsync(new HostileRequest("POST", template.Path, body, [], "application/json", template.Name, false));
            var answer = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{template.Name} with {JsonSerializer.Serialize(text)}: {(int)response.StatusCode} {answer}");
            var id = JsonDocument.Parse(answer).RootElement.GetProperty("id").GetGuid();
            // Notes and reasons are trimmed by the domain (surrounding whitespace is not content); quotes are kept as they are.
            var expected = template.TextPath == "source.quote" ? text : text.Trim();
            var stored = await scene.StoredTextAsync(template.TextPath!, id);
            Assert.True(expected == stored, $"{template.Name}: sent {JsonSerializer.Serialize(expected)}, read back {JsonSerializer.Serialize(stored)}");
        }).GetAwaiter().GetResult());
        Check.One(Config(400), property);

        Report($"accepted text: {tried} texts sent and read back (seed {Seed})");
    }

    /// <summary>To the test's output and to the console, so CI logs show how many cases ran whatever the logger's verbosity.</summary>
    private void Report(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private async Task<int> Run(Scene scene, Gen<HostileRequest> generator, int tests)
    {
        var tried = 0;
        var events = await EventCounts.TotalAsync(fixture.ConnectionString);
        var property = Prop.ForAll(generator.ToArbitrary(), request => Task.Run(async () =>
        {
            tried++;
            var response = await scene.SendAsync(request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var now = await EventCounts.TotalAsync(fixture.ConnectionString);
            var written = now - events;
            events = now;
            Assert.True(status < 500, $"{request}: {status} {body}");
            if (request.MustRefuse) Assert.True(status >= 400, $"{request}: accepted with {status} {body}");
            if (status >= 400)
            {
                Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{request}: {status} without problem details: {body}");
                Assert.Equal(status, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
                Assert.True(written == 0, $"{request}: refused with {status} but {written} events were written");
            }
        }).GetAwaiter().GetResult());
        Check.One(Config(tests), property);
        return tried;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex RouteValue();

    /// <summary>A case and an action to aim at, the routes the host maps, and one client that sends raw bytes.</summary>
    private sealed class Scene
    {
        private ApiFixture _fixture = null!;
        private HttpClient _client = null!;
        private Guid _caseId;
        private Guid _actionId;

        public string[] OtherPosts { get; private set; } = [];
        public string[] GetPatterns { get; private set; } = [];

        public static async Task<Scene> CreateAsync(ApiFixture fixture)
        {
            var api = new ApiClient(fixture.Client());
            var (caseId, _) = await api.OpenCase(ApiClient.UniquePlatform());
            var actionId = await api.RecordAction(caseId, "suspended", "2020-06-07");
            var known = WriteTemplate.All.Select(t => t.Path.Replace("CASE", "{id}").Replace("ACTION", "{actionId}")).ToHashSet();
            var routes = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
                .ToList();
            return new Scene
            {
                _fixture = fixture, _client = fixture.Client(), _caseId = caseId, _actionId = actionId,
                OtherPosts = routes.Where(r => r.Method == "POST" && !known.Contains(r.Pattern)).Select(r => r.Pattern).Distinct().Order().ToArray(),
                GetPatterns = routes.Where(r => r.Method == "GET" && r.Pattern.Contains('{')).Select(r => r.Pattern).Distinct().Order().ToArray(),
            };
        }

        public async Task RenewAsync()
        {
            var api = new ApiClient(_client);
            (_caseId, _) = await api.OpenCase(ApiClient.UniquePlatform());
            _actionId = await api.RecordAction(_caseId, "suspended", "2020-06-07");
        }

        public async Task<HttpResponseMessage> SendAsync(HostileRequest request)
        {
            var url = RouteValue().Replace(request.Url.Replace("CASE", _caseId.ToString()).Replace("ACTION", _actionId.ToString()), m => m.Value switch
            {
                "{id}" => _caseId.ToString(),
                "{actionId}" => _actionId.ToString(),
                _ => Guid.NewGuid().ToString(),
            });
            var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
            if (request.Method == "POST")
            {
                message.Content = new ByteArrayContent(request.Body.Replace("\"ACTION\"", $"\"{_actionId}\"") is var body && request.Invalid.Length > 0
                    ? Fragment.Encode(body, request.Invalid) : Encoding.UTF8.GetBytes(body));
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
            }
            return await _client.SendAsync(message);
        }

        public async Task<string?> StoredTextAsync(string textPath, Guid id)
        {
            var history = await new ApiClient(_client).History(_caseId);
            return textPath switch
            {
                "text" when history.GetProperty("notes").EnumerateArray().FirstOrDefault(n => n.GetProperty("noteId").GetGuid() == id) is { ValueKind: JsonValueKind.Object } note
                    => note.GetProperty("text").GetString(),
                "text" => history.GetProperty("reasonsByParty").EnumerateObject().SelectMany(p => p.Value.EnumerateArray())
                    .Single(r => r.GetProperty("reasonId").GetGuid() == id).GetProperty("text").GetString(),
                _ => history.GetProperty("timeline").EnumerateArray().Single(a => a.GetProperty("actionId").GetGuid() == id)
                    .GetProperty("sources")[0].GetProperty("quote").GetString(),
            };
        }
    }
}
