using System.Diagnostics;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>
/// The built program run as a user runs it, in a process of its own: the database commands print
/// their results and nothing of the framework's discovery, and the keys they make are there.
/// </summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.StartAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Keys_create_then_list_prints_the_key_and_no_discovery_noise()
    {
        var principal = $"cli-{Guid.NewGuid():N}"[..16];

        var created = await RunAsync("keys", "create", "--principal", principal, "--role", "viewer");
        var listed = await RunAsync("keys", "list");

        Assert.Equal(0, created.Exit);
        Assert.Contains($"for {principal} as viewer", created.Output);
        Assert.Equal(0, listed.Exit);
        Assert.Contains(listed.Output.Split('\n'), line => line.Contains(principal) && line.Contains("viewer") && line.Contains("active"));
        Assert.All(new[] { created, listed }, run => Assert.DoesNotContain("for commands", run.Output + run.Errors));
    }

    [Fact]
    public async Task Help_lists_the_commands_without_discovery_noise()
    {
        var help = await RunAsync("help");

        Assert.Contains("db-apply", help.Output);
        Assert.DoesNotContain("for commands", help.Output + help.Errors);
    }

    [Fact]
    public async Task Import_of_the_seeds_counts_the_stored_article()
    {
        var run = await RunAsync("import", SeedCase.Folder());

        Assert.Equal(0, run.Exit);
        Assert.Contains("1 new sources", run.Output);
        Assert.DoesNotContain("for commands", run.Output + run.Errors);
    }

    [Fact]
    public async Task Demo_loads_the_seed_case_and_ends_with_an_admin_key()
    {
        var run = await RunAsync("demo", SeedCase.Folder());

        Assert.Equal(0, run.Exit);
        Assert.Contains("1 new sources", run.Output);
        Assert.Contains("GET /api/cases/", run.Output);
        Assert.StartsWith("ctk_", run.Output.TrimEnd().Split('\n')[^1]);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        // The API's own build output (built with this project, same configuration), not the copy beside the
        // tests: JasperFx scans the program's folder, and the test runner's assemblies do not belong there.
        var built = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var program = Path.Combine(Repository.Root(), "src", "CaseTracker.Api", "bin", built.Parent!.Name, built.Name, "CaseTracker.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root() };
        start.ArgumentList.Add(program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Marten"] = _database.ConnectionString;
        // As deploy/run.sh runs them: Development validates the service provider when it is built.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }
}
