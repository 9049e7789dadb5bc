using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Security;
using CaseTracker.Api.Commands;
using JasperFx.CommandLine;

namespace CaseTracker.Api.Commands;

/// <summary>
/// keys, import, demo and rebuild: commands that need the database but not the web host. They run
/// on a host holding only the event store and the services they use, parsed by JasperFx with just
/// these commands registered. Building the whole web application for them (Wolverine's handler and
/// endpoint discovery and code generation, the pages, security) took seconds before any work, and
/// JasperFx's scan of extension assemblies printed a "Searching ... for commands" line per assembly.
/// </summary>
public static class StoreCommands
{
    private static readonly string[] Names = ["keys", "import", "demo", "rebuild"];

    public static bool Handles(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static Task<int> RunAsync(string[] args) =>
        CommandExecutor.For(factory =>
        {
            factory.RegisterCommand<KeysCommand>();
            factory.RegisterCommand<ImportCommand>();
            factory.RegisterCommand<DemoCommand>();
            factory.RegisterCommand<RebuildCommand>();
            factory.ConfigureRun = run =>
            {
                if (run.Input is IHostBuilderInput input) input.HostBuilder = HostBuilder();
            };
        }).ExecuteAsync(args);

    /// <summary>Settings as the web host reads them (appsettings, environment), the store and the command services.</summary>
    private static IHostBuilder HostBuilder() => Host.CreateDefaultBuilder()
        // The web host's variables, so a command reads the same settings as the server beside it.
        .UseContentRoot(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? Directory.GetCurrentDirectory())
        .UseEnvironment(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production)
        .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // A command never runs the async daemon (the serving nodes do; rebuild drives its own): a host living for
            // one command must not start projecting beside them, nor warn that nothing will project.
            ["Marten:DaemonMode"] = "ExternallyManaged",
        }))
        // The store registers Wolverine's outbox services (IntegrateWithWolverine) that this host never
        // resolves and could not (no Wolverine runtime): Development's build-time validation would refuse them.
        .UseDefaultServiceProvider(provider => provider.ValidateOnBuild = false)
        .ConfigureServices((context, services) =>
        {
            services.AddCaseTrackerCore(context.Configuration);
            services.AddSingleton<ApiKeys>();
        });
}
