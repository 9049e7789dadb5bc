using System.Collections.Concurrent;
using System.Net;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// With the database unreachable, every log line and every answer is still free of the connection
/// string's password, and answers carry no stack trace. (Today the host does not even start without
/// its database, since Wolverine's storage needs it; then only the logs can leak, and they are checked.)
/// </summary>
public sealed class SecretsHygieneTests(ITestOutputHelper output)
{
    private const string Password = "canary-Pa55word-7f3a";

    [Fact]
    public async Task A_dead_database_leaks_neither_its_password_nor_a_stack_trace()
    {
        var logs = new ConcurrentQueue<string>();
        JasperFxEnvironment.AutoStartHost = true;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", $"Host=127.0.0.1;Port=1;Database=nowhere;Username=casetracker;Password={Password};Timeout=2");
            host.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(logs)));
        });
        var answers = new List<string>();
        try
        {
            var client = TestKeys.WithKey(factory.CreateClient(), "ctk_any-key-the-database-cannot-check-0000000");
            foreach (var url in new[] { "/health/ready", "/api/cases", "/api/cases/00000000-0000-0000-0000-000000000001/events" })
            {
                var response = await client.GetAsync(url);
                answers.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            }
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            // A host that cannot start at all is fine too, as long as what it logged is clean.
            answers.Add(e.Message);
        }

        foreach (var answer in answers) output.WriteLine(answer);
        output.WriteLine($"{logs.Count} log lines, {logs.Count(l => l.Contains("127.0.0.1:1", StringComparison.Ordinal))} about the dead database");
        Assert.Contains(logs, line => line.Contains("127.0.0.1:1", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Contains(Password, StringComparison.Ordinal));
        Assert.All(answers, answer => Assert.DoesNotContain(Password, answer));
        Assert.All(answers.Where(a => a.Length > 3 && char.IsDigit(a[0])), answer => Assert.DoesNotContain("   at ", answer));
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
