using System.Net;
using CaseTracker.Api.Security;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseTracker.Api.Tests.Security;

/// <summary>`keys create|list|revoke|demo`, driven through the command's own code against the test host's store.</summary>
[Collection(ApiCollection.Name)]
public sealed class KeysCommandTests(ApiFixture fixture)
{
    private ApiKeys Keys => fixture.Factory.Services.GetRequiredService<ApiKeys>();

    private async Task<(bool Ok, string Output)> Run(KeysAction action, string target = "", string principal = "", string role = "viewer")
    {
        var output = new StringWriter();
        var ok = await KeysCommand.Run(Keys, fixture.Factory.Services, new KeysInput { Action = action.ToString().ToLowerInvariant(), Target = target, PrincipalFlag = principal, RoleFlag = role }, output);
        return (ok, output.ToString());
    }

    [Fact]
    public async Task A_created_key_is_printed_once_works_with_its_role_and_is_stored_only_as_a_hash()
    {
        var principal = $"alice-{Guid.NewGuid():N}"[..16];

        var (ok, printed) = await Run(KeysAction.Create, principal: principal, role: "analyst");

        Assert.True(ok, printed);
        var secret = printed.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith(ApiKeys.KeyPrefix, StringComparison.Ordinal));
        var client = new ApiClient(TestKeys.WithKey(fixture.Factory.CreateClient(), secret));
        Assert.Equal(HttpStatusCode.Created, (await client.Post("/api/cases", new { platform = "Zoom", subject = new { name = $"A {Guid.NewGuid():N}", kind = "account" } })).StatusCode);

        var (_, listed) = await Run(KeysAction.List);
        Assert.Contains(principal, listed);
        Assert.Contains(secret[..12], listed);
        Assert.DoesNotContain(secret, listed);
        Assert.False(await StoredAnywhere(secret), "the key's text must not be stored");
        Assert.True(await StoredAnywhere(ApiKeys.Hash(secret)));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var secret = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Analyst);
        var client = TestKeys.WithKey(fixture.Factory.CreateClient(), secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);

        var (ok, printed) = await Run(KeysAction.Revoke, target: secret[..12]);

        Assert.True(ok, printed);
        await ApiClient.Problem(await client.GetAsync("/api/cases"), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", (await Run(KeysAction.List)).Output);
    }

    [Fact]
    public async Task A_key_is_revoked_by_the_start_of_its_id_and_revoking_it_again_says_it_already_was()
    {
        var secret = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer);
        var id = (await Keys.FindActiveAsync(secret))!.Id.ToString();

        // The id's first 18 characters: its creation time and some random bits (ids of one moment share their start).
        var (ok, printed) = await Run(KeysAction.Revoke, target: id[..18]);
        var (again, printedAgain) = await Run(KeysAction.Revoke, target: id);

        Assert.True(ok, printed);
        Assert.StartsWith($"Revoked key {id}", printed);
        Assert.Null(await Keys.FindActiveAsync(secret));
        Assert.True(again, printedAgain);
        Assert.Contains("was already revoked on", printedAgain);
    }

    [Theory]
    [InlineData("ctk_")]
    [InlineData("ctk_zzzzzzzz-unknown")]
    public async Task Revoking_by_an_ambiguous_or_unknown_prefix_revokes_nothing(string target)
    {
        var secret = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer);

        var (ok, _) = await Run(KeysAction.Revoke, target: target);

        Assert.False(ok);
        Assert.NotNull(await Keys.FindActiveAsync(secret));
    }

    [Theory]
    [InlineData("", "analyst")]
    [InlineData("bob smith", "analyst")]
    [InlineData("bob", "superuser")]
    [InlineData("bob", "3")]
    public async Task Create_refuses_a_bad_principal_or_role(string principal, string role)
    {
        var (ok, printed) = await Run(KeysAction.Create, principal: principal, role: role);

        Assert.False(ok);
        Assert.DoesNotContain(ApiKeys.KeyPrefix, printed);
    }

    [Fact]
    public async Task Without_a_configured_demo_key_each_demo_run_prints_a_new_admin_key_and_retires_the_last()
    {
        var first = await DemoKeys.EnsureAdminKeyAsync(fixture.Factory.Services);
        var second = await DemoKeys.EnsureAdminKeyAsync(fixture.Factory.Services);

        Assert.NotEqual(first, second);
        Assert.Null(await Keys.FindActiveAsync(first));
        Assert.Equal(Role.Admin, (await Keys.FindActiveAsync(second))?.Role);
    }

    private async Task<bool> StoredAnywhere(string text)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from casetracker.mt_doc_apikey where data::text like '%' || @text || '%'", connection);
        command.Parameters.AddWithValue("text", text);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}

[Collection(TunedApiCollection.Name)]
public sealed class ConfiguredDemoKeyTests(TunedApiFixture fixture)
{
    [Fact]
    public async Task The_configured_demo_key_is_ensured_once_and_works_as_admin()
    {
        var first = await DemoKeys.EnsureAdminKeyAsync(fixture.Factory.Services);
        var again = await DemoKeys.EnsureAdminKeyAsync(fixture.Factory.Services);

        Assert.Equal(TunedApiFixture.DemoAdminKey, first);
        Assert.Equal(first, again);
        var admin = new ApiClient(TestKeys.WithKey(fixture.Factory.CreateClient(), first));
        Assert.Equal(HttpStatusCode.Created, (await admin.Post("/api/cases", new { platform = "Zoom", subject = new { name = $"A {Guid.NewGuid():N}", kind = "account" } })).StatusCode);
    }
}
