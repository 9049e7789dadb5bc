using CaseTracker.Extraction.Platforms;
using FluentValidation;

namespace CaseTracker.Api.Infrastructure;

/// <summary>Platform names in requests: one vocabulary with the extraction and the exports.</summary>
public static class PlatformRules
{
    /// <summary>A name the catalogue knows (any alias, any case), unless the request says the platform is new.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsKnownPlatform<T>(this IRuleBuilder<T, string?> rule, Func<T, bool> saysNew) =>
        rule.Custom((name, context) =>
        {
            if (string.IsNullOrWhiteSpace(name) || saysNew(context.InstanceToValidate) || PlatformNames.Canonical(name) is not null) return;
            var nearest = PlatformNames.Nearest(name);
            context.AddFailure($"'{name.Trim()}' is not a platform we know"
                + (nearest.Count > 0 ? $"; did you mean {string.Join(" or ", nearest)}?" : ".")
                + " If it is a platform new to the tracker, send \"newPlatform\": true with it.");
        });

    /// <summary>The key lists and filters compare on: the canonical name's, so "x", "X" and "Twitter" find the same cases.</summary>
    public static string KeyOf(string platform) => PlatformNames.CanonicalOrGiven(platform).ToLowerInvariant();
}
