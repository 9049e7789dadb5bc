using CaseTracker.Api.Features.Sources;
using CaseTracker.Domain.History;
using Marten;

namespace CaseTracker.Api.Features.Search;

/// <summary>GIN indexes over the search expressions, kept by Marten's schema management (Weasel) like every other index.</summary>
public static class SearchIndexes
{
    public static void AddSearchIndexes(this StoreOptions options)
    {
        options.Schema.For<CaseHistory>().FullTextIndex(index =>
        {
            index.Name = "mt_doc_casehistory_idx_search";
            index.TsVectorExpression = SearchSql.CaseVector;
        });
        options.Schema.For<SourceDocument>().FullTextIndex(index =>
        {
            index.Name = "mt_doc_sourcedocument_idx_search";
            index.TsVectorExpression = SearchSql.SourceVector;
        });
    }
}
