using System.Net;
using System.Net.Http.Json;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// The requests the bench sends, each checked for the status a user would get. Writes to
/// existing cases keep clients on separate cases, so the figure is throughput, not conflicts.
/// </summary>
public sealed class ApiWorkloads(HttpClient client, IReadOnlyList<Guid> cases)
{
    private long _subjects = 50_000_000; // far past the generator's subjects: every opened case and article is new
    private long _actions;

    public Load.Operation OpenCase() => async (_, _) =>
    {
        var n = Interlocked.Increment(ref _subjects);
        var subject = Articles.Subject(n);
        using var answer = await client.PostAsJsonAsync("/api/cases", new
        {
            platform = subject.Platform,
            subject = new { name = subject.Name, kind = "account" },
            title = $"{subject.Platform} suspends {subject.Name}",
        });
        return Expect(answer, HttpStatusCode.Created);
    };

    /// <summary>A new action (its own source) on one of the stored cases; client c only writes to cases c, c + clients, ...</summary>
    public Load.Operation RecordAction(int clients)
    {
        var next = new long[clients];
        var perClient = Math.Max(1, cases.Count / clients);
        return async (c, _) =>
        {
            var n = Interlocked.Increment(ref _actions); // across runs too: every action cites a source of its own
            var caseId = cases[(int)((c + clients * (next[c]++ % perClient)) % cases.Count)];
            using var answer = await client.PostAsJsonAsync($"/api/cases/{caseId}/actions", new
            {
                type = n % 3 == 0 ? "reinstated" : n % 3 == 1 ? "restricted" : "content_removed",
                occurredOn = new { value = $"2024-{1 + n % 12:00}-{1 + n % 28:00}" },
                source = new
                {
                    outlet = "Press Wire",
                    url = $"https://press-wire.example/bench/{n}",
                    language = "en",
                    quote = "The platform confirmed the step in a statement to reporters.",
                },
            });
            return Expect(answer, HttpStatusCode.Created);
        };
    }

    public Load.Operation IngestArticle() => async (_, n) =>
    {
        var number = Interlocked.Increment(ref _subjects);
        var article = Articles.Article(Articles.Subject(number), number, 3 + (int)(n % 20), 1 + (int)(n % 12), reinstated: n % 2 == 0, "Press Wire");
        using var answer = await client.PostAsJsonAsync("/api/sources", article);
        return Expect(answer, HttpStatusCode.Created);
    };

    public Load.Operation History() => async (_, n) =>
    {
        using var answer = await client.GetAsync($"/api/cases/{cases[(int)(n * 7919 % cases.Count)]}");
        return Expect(answer, HttpStatusCode.OK);
    };

    /// <summary>The first page of the list, unfiltered, by platform, or by status, in turn.</summary>
    public Load.Operation List() => async (_, n) =>
    {
        var query = (n % 3) switch
        {
            0 => "pageSize=20",
            1 => $"platform={Articles.Platforms[n % Articles.Platforms.Length]}&pageSize=20",
            _ => "status=open&pageSize=20",
        };
        using var answer = await client.GetAsync($"/api/cases?{query}");
        return Expect(answer, HttpStatusCode.OK);
    };

    private static string? Expect(HttpResponseMessage answer, HttpStatusCode expected)
    {
        if (answer.StatusCode == expected) return null;
        var body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return $"{answer.RequestMessage?.Method} {answer.RequestMessage?.RequestUri?.PathAndQuery}: {(int)answer.StatusCode} {body[..Math.Min(300, body.Length)]}";
    }
}
