using CaseTracker.Api.Security;

namespace CaseTracker.Api.Commands;

/// <summary>
/// The admin key a demo run prints. Security:DemoAdminKey fixes its text (handy for scripts; never
/// in production); otherwise a fresh key is made each time and earlier demo keys are revoked, so
/// only the one just printed works.
/// </summary>
public static class DemoKeys
{
    public const string Principal = "demo-admin";

    public static async Task<string> EnsureAdminKeyAsync(IServiceProvider services)
    {
        var keys = services.GetRequiredService<ApiKeys>();
        var configured = services.GetRequiredService<IConfiguration>()["Security:DemoAdminKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var existing = await keys.FindByHashAsync(configured);
            if (existing is null) await keys.StoreAsync(Principal, Role.Admin, configured);
            else if (!existing.IsActive || existing.Role != Role.Admin)
                throw new InvalidOperationException($"The key in Security:DemoAdminKey ({existing.Prefix}…) was revoked or is not an admin key; configure another.");
            return configured;
        }

        foreach (var earlier in (await keys.ListAsync()).Where(k => k.Principal == Principal && k.IsActive))
            await keys.RevokeAsync(earlier.Id.ToString());
        return (await keys.CreateAsync(Principal, Role.Admin)).Secret;
    }
}
