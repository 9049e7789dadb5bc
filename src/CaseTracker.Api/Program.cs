using CaseTracker.Api.Commands;
using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Health;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Infrastructure.StrictJson;
using CaseTracker.Api.Security;
using CaseTracker.Api.Web;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Wolverine;
using Wolverine.Http;

// extract and eval need no database and print clean results: they run without the web host.
if (OfflineCommands.Handles(args)) return OfflineCommands.Run(args, Console.Out, Console.Error);

// Run from elsewhere (dotnet run keeps the caller's folder, so relative paths mean what the caller means):
// settings are read from beside the build unless a content root is given.
if (Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is null && !File.Exists("appsettings.json")
    && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))
    Environment.SetEnvironmentVariable("ASPNETCORE_CONTENTROOT", AppContext.BaseDirectory);

// keys, import, demo, rebuild: the database without the web host (see StoreCommands).
if (StoreCommands.Handles(args)) return await StoreCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseWolverine(options =>
{
    // Set explicitly: under a test runner the entry assembly is not this one.
    options.ApplicationAssembly = typeof(Program).Assembly;
    options.UseRuntimeCompilation();
    // Endpoints and handlers that write through a Marten session are committed by Wolverine (with its outbox).
    options.Policies.AutoApplyTransactions();
    // Auto-accept runs after the ingest commit, from the durable inbox (stored in PostgreSQL, survives a restart).
    options.PublishMessage<AutoAcceptClaims>().ToLocalQueue("auto-accept").UseDurableInbox();
});

builder.Services.AddCaseTrackerCore(builder.Configuration);
builder.Services.AddSingleton<PageFetcher>();
builder.Services.ConfigureHttpJsonOptions(StrictBodies.Configure);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ClientErrorHandler>();
builder.Services.AddExceptionHandler<OpenCaseConflictHandler>();
builder.Services.AddWolverineHttp();
builder.Services.AddCaseTrackerOpenApi();
builder.AddCaseTrackerSecurity();
builder.Services.AddForwardedClients(builder.Configuration);
builder.AddCaseTrackerWeb();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
    .AddCheck<ProjectionLagHealthCheck>("projections", tags: ["ready"]);

var app = builder.Build();

// First: everything after (rate limits, logs, HTTPS rules) sees the client behind a trusted proxy.
app.UseForwardedHeaders();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestLimits>();
// The pages' headers and language before security: see WebHeaders for why the order matters.
app.UseCaseTrackerWeb();
app.UseCaseTrackerSecurity();
// After authorization: only callers allowed to write learn what a body should hold.
app.UseMiddleware<RouteIds>();
app.UseMiddleware<StrictBodies>();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
// ?page=abc is the client's mistake: a 400 naming the parameter, not a silent default.
app.MapWolverineEndpoints(options =>
{
    options.RejectUnparseableQueryValues = true;
    options.AddPolicy<ValidateRequests>();
    options.AddPolicy<ApiContract>();
    // A commit that lost a race anywhere (not only on the case path) is a 409 problem, never a 500.
    options.MapConcurrencyFailuresToConflict(toProblemDetails: Problems.ConcurrencyFailure);
});
app.MapCaseTrackerWeb();

// JasperFx prints "Searching '<assembly>' for commands" per assembly until extensions were applied once.
// They never apply to a host built already, as this one is: mark them applied (none) to keep the output quiet.
new JasperFx.CommandLine.CommandFactory().ApplyExtensions(new ServiceCollection());
return await app.RunJasperFxCommands(args);

/// <summary>The host's entry point, public so the integration tests can start it.</summary>
public partial class Program;
