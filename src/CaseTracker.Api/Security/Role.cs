namespace CaseTracker.Api.Security;

/// <summary>What a key may do; each role includes the ones below it.</summary>
public enum Role
{
    Viewer = 1,
    Analyst = 2,
    Admin = 3,
}

public static class Roles
{
    public static string Name(this Role role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Role role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);

    public static IReadOnlyList<string> All => Enum.GetValues<Role>().Select(Name).ToList();
}
