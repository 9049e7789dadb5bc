namespace CaseTracker.Api.Features.Search;

/// <summary>
/// The full-text expressions over the Marten document tables, written once so the GIN indexes and
/// the queries use the very same expression (PostgreSQL only uses an expression index for an
/// identical expression). Each text is read with the configuration of its own language.
/// </summary>
public static class SearchSql
{
    /// <summary>ISO 639-1 codes and their PostgreSQL text search configurations; any other language is read with 'simple'.</summary>
    public static readonly IReadOnlyList<(string Code, string Config)> Languages =
    [
        ("fr", "french"), ("en", "english"), ("de", "german"), ("es", "spanish"), ("it", "italian"), ("pt", "portuguese"), ("nl", "dutch"),
    ];

    /// <summary>Only the start of a long article is indexed: a tsvector has a 1 MB ceiling, and an index error would refuse the source.</summary>
    public const int MaxIndexedSourceChars = 100_000;

    // Sources: one language per document ("fr-CA" reads as fr).
    private static readonly string SourceConfig =
        "CASE split_part(lower(coalesce(data ->> 'language', '')), '-', 1) "
        + string.Concat(Languages.Select(l => $"WHEN '{l.Code}' THEN '{l.Config}'::regconfig "))
        + "ELSE 'simple'::regconfig END";

    public static readonly string SourceTitleText = "coalesce(data ->> 'title', '')";
    public static readonly string SourceBodyText = $"left(coalesce(data ->> 'text', ''), {MaxIndexedSourceChars})";

    /// <summary>Title weighted above the body, both in the source's language.</summary>
    public static readonly string SourceVector =
        $"(setweight(to_tsvector({SourceConfig}, {SourceTitleText}), 'A') || to_tsvector({SourceConfig}, {SourceBodyText}))";

    public static string SourceConfigExpression => SourceConfig;

    /// <summary>One group of a case's texts read with one configuration, as a jsonb array of strings.</summary>
    public sealed record CasePart(string Config, char Weight, string Texts);

    /// <summary>
    /// A case's texts: platform, subject name and handle and title (weight A, 'simple' as they are
    /// names); quotes and disputing quotes in the language of their source; reasons in their own
    /// language, else their source's; notes and texts of other languages with 'simple'.
    /// </summary>
    public static readonly IReadOnlyList<CasePart> CaseParts = BuildCaseParts();

    public static readonly string CaseVector = "(" + string.Join(" || ", CaseParts.Select(p =>
        $"setweight(jsonb_to_tsvector('{p.Config}'::regconfig, {p.Texts}, '[\"string\"]'), '{p.Weight}')")) + ")";

    private static List<CasePart> BuildCaseParts()
    {
        static string Is(string path, string code) => $"{path} == \"{code}\" || {path} starts with \"{code}-\"";
        static string IsAny(string path) => string.Join(" || ", Languages.Select(l => Is(path, l.Code)));
        // A reason is in its own language when it has one, else in its source's.
        static string Texts(Func<string, string> source, Func<string, string> own) =>
            $"jsonb_path_query_array(data, '$.timeline[*].sources[*] ? ({source("@.source.language")}).quote')"
            + $" || jsonb_path_query_array(data, '$.timeline[*].disputes[*].source ? ({source("@.source.language")}).quote')"
            + $" || jsonb_path_query_array(data, '$.reasonsByParty.*[*] ? (({own("@.language")}) || (@.language == null && ({source("@.source.source.language")}))).text')";

        // Names, titles and notes have no language of their own: 'simple', word for word. (Reading them
        // with every configuration too would make the index expression outgrow PostgreSQL's catalog row.)
        var parts = new List<CasePart>
        {
            new("simple", 'A', "jsonb_path_query_array(data, '$.platform') || jsonb_path_query_array(data, '$.subject.name')"
                + " || jsonb_path_query_array(data, '$.subject.handle') || jsonb_path_query_array(data, '$.title')"),
            // A missing language (null) counts as "other", so its text is still found, word for word.
            new("simple", 'D', "jsonb_path_query_array(data, '$.notes[*].text') || "
                + Texts(p => $"{p} == null || !({IsAny(p)})", p => $"{p} != null && !({IsAny(p)})")),
        };
        parts.AddRange(Languages.Select(l => new CasePart(l.Config, 'D', Texts(p => Is(p, l.Code), p => Is(p, l.Code)))));
        return parts;
    }

    /// <summary>The query read with every configuration (OR), so each text matches in its own language; the same for all rows, so the index applies.</summary>
    public static string Query(Func<string> parameter) =>
        "(" + string.Join(" || ", new[] { "simple" }.Concat(Languages.Select(l => l.Config))
            .Select(c => $"websearch_to_tsquery('{c}'::regconfig, {parameter()})")) + ")";

    /// <summary>Marks the start and end of a match with private-use characters; <see cref="Snippets"/> turns them into mark elements.</summary>
    public static string Headline(string config, string text, string query) =>
        $"ts_headline({config}, {text}, {query}, "
        + $"'StartSel={Snippets.Start}, StopSel={Snippets.Stop}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')";

    /// <summary>
    /// The snippet of a case: the highlights of its two best-matching texts. A case matches when all
    /// words are found across its texts, so each text is scored against any of the words.
    /// </summary>
    public static string CaseSnippet(string anyWordQuery) =>
        $"(SELECT string_agg(h.snippet, ' … ' ORDER BY h.score DESC) FROM (SELECT {Headline("p.config", "p.text", anyWordQuery)} AS snippet, "
        + $"ts_rank(to_tsvector(p.config, p.text), {anyWordQuery}) AS score FROM ("
        + string.Join(" UNION ALL ", CaseParts.Select(p => $"SELECT '{p.Config}'::regconfig AS config, e.text FROM jsonb_array_elements_text(jsonb_path_query_array({p.Texts}, '$[*] ? (@.type() == \"string\")')) AS e(text)"))
        + $") p WHERE to_tsvector(p.config, p.text) @@ {anyWordQuery} ORDER BY score DESC LIMIT 2) h)";

    /// <summary>The query with every AND turned into OR: for highlighting each word wherever it occurs.</summary>
    public static string AnyWord(string query) => $"replace({query}::text, '&', '|')::tsquery";

    public static string SourceSnippet(string query) =>
        Headline(SourceConfig, $"{SourceTitleText} || E'\\n' || {SourceBodyText}", query);
}
