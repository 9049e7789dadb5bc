using System.Collections.Concurrent;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseTracker.Api.Tests.Outages;

/// <summary>
/// A host that reaches its database through a relay the tests can cut, with a tight anonymous rate
/// limit, and every log line it writes recorded.
/// </summary>
public sealed class OutageFixture : ApiFixture
{
    public const int AnonymousPermitPerMinute = 3;
    public CuttableProxy Proxy { get; private set; } = null!;
    public ConcurrentQueue<LogLine> Logs { get; } = new();

    protected override void Configure(IWebHostBuilder host)
    {
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        Proxy = new CuttableProxy(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, Timeout = 3, CommandTimeout = 5 };
        host.UseSetting("ConnectionStrings:Marten", relayed.ConnectionString);
        host.UseSetting("RateLimits:AnonymousPermitPerMinute", AnonymousPermitPerMinute.ToString());
        host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new RecordingLoggerProvider(Logs)));
    }
}

public sealed record LogLine(string Category, LogLevel Level, string Message, string? Exception);

public sealed class RecordingLoggerProvider(ConcurrentQueue<LogLine> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception), exception?.ToString()));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OutageCollection : ICollectionFixture<OutageFixture>
{
    public const string Name = "outage";
}
