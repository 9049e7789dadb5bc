using CaseTracker.Api.Security;
using JasperFx.CommandLine;

namespace CaseTracker.Api.Commands;

public enum KeysAction
{
    Create,
    List,
    Revoke,
    Demo,
}

public sealed class KeysInput : NetCoreInput
{
    // Text rather than the enum: the command line parses enums case-sensitively ("Create").
    [Description("create, list, revoke or demo (ensure the demo admin key and print it)")]
    public string Action { get; set; } = "";

    [Description("revoke: the key's id, its prefix (at least 6 characters, as `keys list` shows it) or the whole key")]
    public string Target { get; set; } = "";

    [Description("create: who holds the key (letters, digits, . _ - @)")]
    public string PrincipalFlag { get; set; } = "";

    [Description("create: viewer, analyst or admin")]
    public string RoleFlag { get; set; } = "viewer";
}

/// <summary>API key management from the host's command line; the key text is printed once, at creation.</summary>
[Description("Create, list or revoke API keys", Name = "keys")]
public sealed class KeysCommand : JasperFxAsyncCommand<KeysInput>
{
    public KeysCommand()
    {
        Usage("Create (--principal, --role), list, or print the demo admin key").Arguments(x => x.Action);
        Usage("Revoke a key by id or prefix").Arguments(x => x.Action, x => x.Target);
    }

    public override async Task<bool> Execute(KeysInput input)
    {
        using var host = input.BuildHost();
        try
        {
            return await Run(host.Services.GetRequiredService<ApiKeys>(), host.Services, input, Console.Out);
        }
        catch (Exception e) when (MissingDatabase(e) is { } message)
        {
            // No database configured: one line saying how to give one, not a stack trace.
            await Console.Error.WriteLineAsync(message);
            return false;
        }
    }

    private static string? MissingDatabase(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e.Message.Contains("ConnectionStrings:Marten", StringComparison.Ordinal)) return e.Message;
        return null;
    }

    /// <summary>The command's work, apart from building the host, so tests can drive it.</summary>
    public static async Task<bool> Run(ApiKeys keys, IServiceProvider services, KeysInput input, TextWriter output)
    {
        if (!Enum.TryParse<KeysAction>(input.Action, ignoreCase: true, out var action) || int.TryParse(input.Action, out _))
        {
            await output.WriteLineAsync($"Unknown action '{input.Action}'; use create, list, revoke or demo.");
            return false;
        }
        switch (action)
        {
            case KeysAction.Create:
                if (!ApiKeys.IsValidPrincipal(input.PrincipalFlag) || !Roles.TryParse(input.RoleFlag, out var role))
                {
                    await output.WriteLineAsync($"keys create needs --principal (letters, digits, . _ - @) and --role ({string.Join(", ", Roles.All)}).");
                    return false;
                }
                var created = await keys.CreateAsync(input.PrincipalFlag, role);
                await output.WriteLineAsync($"Created key {created.Key.Id} ({created.Key.Prefix}…) for {created.Key.Principal} as {role.Name()}.");
                await output.WriteLineAsync("The key is shown only now; send it as 'Authorization: Bearer <key>':");
                await output.WriteLineAsync(created.Secret);
                return true;

            case KeysAction.List:
                foreach (var key in await keys.ListAsync())
                    await output.WriteLineAsync(
                        $"{key.Id}  {key.Prefix}…  {key.Principal,-20} {key.Role.Name(),-8} created {key.CreatedAt:yyyy-MM-dd HH:mm}Z  {(key.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm}Z" : "active")}");
                return true;

            case KeysAction.Revoke:
                var outcome = await keys.RevokeAsync(input.Target);
                if (outcome.Key is null)
                {
                    await output.WriteLineAsync(outcome.Matches == 0 ? $"No key has the id or prefix '{input.Target}'." : $"'{input.Target}' matches {outcome.Matches} keys; give more of the prefix or the id.");
                    return false;
                }
                await output.WriteLineAsync(outcome.AlreadyRevoked
                    ? $"Key {outcome.Key.Id} ({outcome.Key.Prefix}…) of {outcome.Key.Principal} was already revoked on {outcome.Key.RevokedAt:yyyy-MM-dd HH:mm}Z; nothing changed."
                    : $"Revoked key {outcome.Key.Id} ({outcome.Key.Prefix}…) of {outcome.Key.Principal}.");
                return true;

            case KeysAction.Demo:
                await output.WriteLineAsync($"Demo admin key: {await DemoKeys.EnsureAdminKeyAsync(services)}");
                return true;
        }
        return false;
    }
}
