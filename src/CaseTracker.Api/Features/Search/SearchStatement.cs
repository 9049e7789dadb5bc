using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Domain.History;
using Marten;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Search;

/// <summary>
/// Builds the one SQL statement of a search: matching cases and sources, their rank, the page in
/// order, and the page as one JSON value. User input only ever travels as parameters (^).
/// </summary>
public sealed class SearchStatement(IQuerySession session, SearchQuery query)
{
    private readonly List<object> _arguments = [];

    /// <summary>Placeholders are positional: the parts are built in the order they appear in the text.</summary>
    public (string Text, object[] Arguments) Build()
    {
        var input = SearchSql.Query(() => Arg(query.Q) + "::text");
        var branches = new List<string>();
        if (query.Cases) branches.Add(Cases());
        if (query.Sources) branches.Add(Sources());
        var order = query.Sort == "newest" ? "at DESC NULLS LAST, rank DESC, id" : "rank DESC, at DESC NULLS LAST, id";
        var limit = Arg(query.PageSize);
        var offset = Arg((query.Page - 1) * query.PageSize);
        const string q = "input.any_word";
        var text = $"""
            WITH input AS (SELECT query, {SearchSql.AnyWord("query")} AS any_word FROM (SELECT {input} AS query) i),
            hits AS ({string.Join(" UNION ALL ", branches)}),
            page AS (SELECT * FROM hits ORDER BY {order} LIMIT {limit} OFFSET {offset})
            SELECT json_build_object(
              'total', (SELECT count(*) FROM hits),
              'items', coalesce((SELECT json_agg(json_build_object(
                  'id', id, 'kind', kind, 'rank', rank,
                  'href', CASE kind WHEN 'case' THEN '/api/cases/' ELSE '/api/sources/' END || id,
                  'title', CASE kind WHEN 'case'
                      THEN coalesce(data ->> 'title', (data #>> '{"{subject,name}"}') || ' (' || (data ->> 'platform') || ')')
                      ELSE coalesce(data ->> 'title', data ->> 'outlet') END,
                  'snippet', CASE kind WHEN 'case' THEN {SearchSql.CaseSnippet(q)} ELSE {SearchSql.SourceSnippet(q)} END,
                  'platform', CASE kind WHEN 'case' THEN data ->> 'platform' END,
                  'subject', CASE kind WHEN 'case' THEN data #>> '{"{subject,name}"}' END,
                  'status', CASE kind WHEN 'case' THEN data ->> 'status' END,
                  'outlet', CASE kind WHEN 'source' THEN data ->> 'outlet' END,
                  'language', CASE kind WHEN 'source' THEN data ->> 'language' END,
                  'publishedOn', CASE kind WHEN 'source' THEN data ->> 'publishedOn' END
                ) ORDER BY {order}) FROM page, input), '[]'::json))::text
            """;
        return (text, _arguments.ToArray());
    }

    private string Cases()
    {
        var filters = new List<string> { $"{SearchSql.CaseVector} @@ {Q}", "data ->> 'mergedInto' IS NULL" };
        if (query.Platform is { } platform) filters.Add($"data ->> 'platformKey' = {Arg(platform)}");
        if (query.Status is { } status) filters.Add($"data ->> 'status' = {Arg(status)}");
        if (query.Action is { } action) filters.Add($"(data -> 'actionTypes') @> jsonb_build_array({Arg(action)}::text)");
        if (query.Language is { } language)
            filters.Add("jsonb_path_exists(data, '$.timeline[*].sources[*].source ? (@.language == $l || @.language starts with $p)', "
                + $"jsonb_build_object('l', {Arg(language)}::text, 'p', {Arg(language + "-")}::text))");
        return $"""
            SELECT id, 'case' AS kind, data, ts_rank({SearchSql.CaseVector}, {Q}) AS rank, (data ->> 'updatedAt')::timestamptz AS at
            FROM {Table<CaseHistory>()}, input WHERE {string.Join(" AND ", filters)}
            """;
    }

    private string Sources()
    {
        var filters = new List<string> { $"{SearchSql.SourceVector} @@ {Q}" };
        if (query.Language is { } language) filters.Add($"split_part(lower(coalesce(data ->> 'language', '')), '-', 1) = {Arg(language)}");
        if (query.From is { } from) filters.Add($"data ->> 'publishedOn' >= {Arg(from.ToString("yyyy-MM-dd"))}");
        if (query.To is { } to) filters.Add($"data ->> 'publishedOn' <= {Arg(to.ToString("yyyy-MM-dd"))}");
        // A source is about a platform and an action through its claims that an analyst did not reject.
        if (query.Platform is not null || query.Action is not null)
        {
            var claim = new List<string> { "CAST(c.data ->> 'sourceId' AS uuid) = s.id", "c.data ->> 'status' <> 'rejected'" };
            if (query.Platform is { } platform) claim.Add($"c.data ->> 'platformKey' = {Arg(platform)}");
            if (query.Action is { } action) claim.Add($"c.data ->> 'action' = {Arg(action)}");
            filters.Add($"EXISTS (SELECT 1 FROM {Table<ReviewClaim>()} c WHERE {string.Join(" AND ", claim)})");
        }
        return $"""
            SELECT id, 'source' AS kind, data, ts_rank({SearchSql.SourceVector}, {Q}) AS rank,
              coalesce((data ->> 'publishedOn')::timestamptz, (data ->> 'ingestedAt')::timestamptz) AS at
            FROM {Table<SourceDocument>()} s, input WHERE {string.Join(" AND ", filters)}
            """;
    }

    /// <summary>The query, parsed once per configuration in the input row.</summary>
    private const string Q = "input.query";

    private string Arg(object value)
    {
        _arguments.Add(value);
        return "^";
    }

    private string Table<T>() => session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;
}
