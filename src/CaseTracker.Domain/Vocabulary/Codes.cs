using System.Text.Json;

namespace CaseTracker.Domain.Vocabulary;

/// <summary>
/// The API's codes are the snake_case names of the vocabulary enums. One mapping for all of
/// them, so JSON, validation messages and exports cannot drift apart.
/// </summary>
public static class Codes
{
    public static string ToCode<T>(this T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(code)) return false;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    public static bool IsKnown<T>(string? code) where T : struct, Enum => TryParse<T>(code, out _);

    public static IReadOnlyList<string> All<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => v.ToCode()).ToArray();
}
