using System.Net.Http.Headers;
using CaseTracker.Api.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Security;

/// <summary>API keys for test clients, made through the same service the `keys` command uses.</summary>
public static class TestKeys
{
    public static async Task<string> CreateAsync(IServiceProvider services, Role role, string? principal = null) =>
        (await services.GetRequiredService<ApiKeys>().CreateAsync(principal ?? $"test-{role.Name()}-{Guid.NewGuid():N}"[..24], role)).Secret;

    public static async Task<IReadOnlyDictionary<Role, string>> CreateOnePerRoleAsync(IServiceProvider services)
    {
        var keys = new Dictionary<Role, string>();
        foreach (var role in Enum.GetValues<Role>()) keys[role] = await CreateAsync(services, role, $"test-{role.Name()}");
        return keys;
    }

    public static HttpClient WithKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
