using System.Collections.Concurrent;
using System.Net;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseTracker.Api.Tests.Security;

/// <summary>A running host whose every log line (all levels, all categories) is kept, to check what it writes.</summary>
public sealed class LoggingApiFixture : ApiFixture
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void Configure(IWebHostBuilder host) => host.ConfigureServices(services =>
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(Lines))));

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);
        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LoggingCollection : ICollectionFixture<LoggingApiFixture>
{
    public const string Name = "logging";
}

/// <summary>
/// The host really started on its database, driven over HTTP through writes, refusals, conflicts and
/// reads: with every category logging at every level, no line carries the database password or an API key.
/// </summary>
[Collection(LoggingCollection.Name)]
public sealed class LogHygieneTests(LoggingApiFixture fixture)
{
    [Fact]
    public async Task A_working_host_logs_its_requests_without_the_database_password_or_any_key()
    {
        var api = new ApiClient(fixture.Client());
        var password = new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Password!;
        var key = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Analyst);
        var analyst = new ApiClient(TestKeys.WithKey(fixture.Factory.CreateClient(), key));

        var (caseId, _) = await analyst.OpenCase();
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostRaw($"/api/cases/{caseId}/notes", """{"txt":"typo"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostRaw($"/api/cases/{caseId}/notes", """{"text":""")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostRaw($"/api/cases/{caseId}/notes", """{"text":"t"}""", ifMatch: 9)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.AnonymousClient().GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/health/ready")).StatusCode);

        var lines = fixture.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Application started", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal));
    }
}
