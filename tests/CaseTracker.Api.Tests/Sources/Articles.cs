namespace CaseTracker.Api.Tests.Sources;

/// <summary>Test articles written for these tests. Each call adds a unique reference line, so no two tests share a text hash.</summary>
public static class Articles
{
    public static string Unique(string text) => $"{text}\n\nRef. {Guid.NewGuid():N}";

    /// <summary>A capitalised made-up word ("Kovaru"), so names stay unique and still read as names.</summary>
    public static string UniqueWord()
    {
        const string consonants = "bdfgklmnprstvz", vowels = "aeiou";
        var bytes = Guid.NewGuid().ToByteArray();
        var word = string.Concat(Enumerable.Range(0, 4).Select(i => $"{consonants[bytes[i] % consonants.Length]}{vowels[bytes[i + 4] % vowels.Length]}"));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public static string UniqueUrl() => $"https://news.example/{Guid.NewGuid():N}";

    /// <summary>An English story: a suspension with the platform's reason, then a reinstatement.</summary>
    public static string SuspendedThenRestored(string group) => Unique(
        $"Twitter suspended the account of the {group} on 3 March, the group said. " +
        "The company said the account had broken its rules on spam. " +
        "On 9 March Twitter restored the account.");

    public static object Text(string text, string? url = null, string outlet = "Daily Example", string? language = "en", string? publishedOn = "2021-03-12") =>
        new { outlet, url, language, publishedOn, text };
}
