using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Outages;
using CaseTracker.Api.Tests.Support;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// A running node whose database goes away: every answer and every log line is free of the
/// connection string's password, and no answer carries a stack trace. The node reaches its database
/// through a relay the test cuts.
/// </summary>
public sealed class SecretsHygieneTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_dead_database_leaks_neither_its_password_nor_a_stack_trace()
    {
        await using var database = new TestDatabase();
        await database.StartAsync();
        // The database's own password (random per cluster or container): what must never show.
        var password = new NpgsqlConnectionStringBuilder(database.ConnectionString).Password!;
        Assert.True(password.Length >= 16, "the test database's password is too plain to look for");
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new CuttableProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = relay.Port, Timeout = 3, CommandTimeout = 5 };
        var logs = new ConcurrentQueue<string>();
        JasperFxEnvironment.AutoStartHost = true;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", relayed.ConnectionString);
            host.UseSetting("RequestTimeouts:Seconds", "180");
            host.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(logs)));
        });
        var key = await TestKeys.CreateAsync(factory.Services, Role.Admin);
        var client = TestKeys.WithKey(factory.CreateClient(), key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);

        relay.Cut();
        var answers = new List<string>();
        foreach (var url in new[] { "/health/ready", "/api/cases", "/api/cases/00000000-0000-0000-0000-000000000001/events", "/api/claims" })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            answers.Add($"{(int)response.StatusCode} {url} {body}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        var write = await client.PostAsync("/api/cases", JsonContent.Create(new { platform = "Twitter", subject = new { name = "Canary", kind = "account" } }));
        answers.Add($"{(int)write.StatusCode} POST /api/cases {await write.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);

        foreach (var answer in answers) output.WriteLine(answer);
        var failures = logs.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{logs.Count} log lines, {failures.Count} warnings or errors");
        Assert.NotEmpty(failures);
        Assert.DoesNotContain(logs, line => line.Contains(password, StringComparison.Ordinal));
        Assert.All(answers, answer => Assert.DoesNotContain(password, answer));
        Assert.All(answers, answer => Assert.DoesNotContain("   at ", answer));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
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
