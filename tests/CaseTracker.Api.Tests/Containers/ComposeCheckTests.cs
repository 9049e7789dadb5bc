using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Containers;

/// <summary>
/// docker-compose.yml's database service, through deploy/compose-check.sh: with an engine it must
/// come up healthy, take the schema from db-apply and serve the demo import; without one the
/// check must say that it checked nothing (exit 3), never pass silently.
/// </summary>
public sealed class ComposeCheckTests
{
    [Fact]
    public async Task The_compose_database_service_serves_the_demo_where_an_engine_runs_and_says_why_not_elsewhere()
    {
        var environment = new Dictionary<string, string> { ["CASETRACKER_API_DLL"] = ApiCommand.Dll() };
        if (Environment.GetEnvironmentVariable("CASETRACKER_TEST_PG_IMAGE") is { Length: > 0 } image)
            environment["CASETRACKER_PG_IMAGE"] = image;
        var engine = (await Shell.RunAsync("timeout", ["15", "docker", "info"])).Exit == 0;

        var (exit, _, errors) = await Shell.RunAsync("bash", [Path.Combine(Repository.Root(), "deploy", "compose-check.sh")], environment);

        Console.WriteLine($"[compose check] engine {(engine ? "answers" : "absent")}; exit {exit}; {errors.Trim().Split('\n')[^1]}");
        if (engine)
        {
            Assert.True(exit == 0, $"compose-check exited {exit}:\n{errors}");
            Assert.Contains("postgres service healthy", errors);
            Assert.Contains("demo case in the database: Zoom|Humanitarian China|reinstated", errors);
        }
        else
        {
            Assert.True(exit == 3, $"compose-check exited {exit}, expected 3 (not checked):\n{errors}");
            Assert.Contains("not checked: no container engine answers", errors);
        }
    }
}
