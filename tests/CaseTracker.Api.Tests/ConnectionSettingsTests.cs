using CaseTracker.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CaseTracker.Api.Tests;

/// <summary>What the store's connection string becomes: statement preparation on unless the operator said otherwise.</summary>
public sealed class ConnectionSettingsTests
{
    private const string Given = "Host=db.example;Port=5432;Database=casetracker;Username=app;Password=secret";

    private static NpgsqlConnectionStringBuilder Tuned(string connectionString, params (string Key, string Value)[] settings) =>
        new(ConnectionSettings.Tune(connectionString, new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()));

    [Fact]
    public void Repeated_statements_are_prepared_and_pooled_connections_are_not_reset()
    {
        var tuned = Tuned(Given);

        Assert.Equal(200, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db.example", tuned.Host);
        Assert.Equal("secret", tuned.Password);
    }

    [Fact]
    public void The_setting_changes_how_many_statements_are_prepared_and_zero_turns_it_off()
    {
        Assert.Equal(50, Tuned(Given, ("Marten:MaxAutoPrepare", "50")).MaxAutoPrepare);
        Assert.Equal(0, Tuned(Given, ("Marten:MaxAutoPrepare", "0")).MaxAutoPrepare);
    }

    [Fact]
    public void What_the_connection_string_says_wins()
    {
        var tuned = Tuned(Given + ";Max Auto Prepare=7;Auto Prepare Min Usages=9", ("Marten:MaxAutoPrepare", "50"));

        Assert.Equal(7, tuned.MaxAutoPrepare);
        Assert.Equal(9, tuned.AutoPrepareMinUsages);
    }
}
