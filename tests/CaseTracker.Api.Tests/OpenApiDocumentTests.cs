using CaseTracker.Api.Tests.Support;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Tests;

/// <summary>The published OpenAPI document, read back with Microsoft.OpenApi's reader and validator as a client generator would.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ApiFixture fixture)
{
    private async Task<OpenApiDocument> Document()
    {
        var json = await fixture.Client().GetStringAsync("/openapi/v1.json");
        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");
        Assert.Empty(diagnostic!.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        return document!;
    }

    private static IEnumerable<(string Name, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations!
        select ($"{operation.Key} {path.Key}", operation.Value);

    [Fact]
    public async Task The_document_passes_the_validator()
    {
        var document = await Document();

        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}"));
    }

    [Fact]
    public async Task Every_success_answer_has_a_schema_and_every_operation_a_readable_summary()
    {
        var document = await Document();

        var untyped = Operations(document)
            .SelectMany(o => o.Operation.Responses!.Where(r => r.Key.StartsWith('2'))
                .Where(r => r.Value.Content is not { Count: > 0 } content || content.Values.Any(c => c.Schema is null))
                .Select(r => $"{o.Name} {r.Key}"))
            .ToList();
        Assert.Empty(untyped);
        Assert.Empty(Operations(document).Where(o => string.IsNullOrWhiteSpace(o.Operation.Summary) || o.Operation.Summary.Contains('_')).Select(o => o.Name));
        Assert.Empty(Operations(document).Where(o => o.Operation.OperationId is null || o.Operation.OperationId.Contains('_')).Select(o => o.Name));
        Assert.True(Operations(document).Count() >= 30);
    }

    [Fact]
    public async Task Creates_are_201_and_conflicts_and_bad_input_are_documented_problems()
    {
        var document = await Document();

        var open = document.Paths["/api/cases"].Operations![HttpMethod.Post];
        Assert.Contains("201", open.Responses!.Keys);
        Assert.DoesNotContain("200", open.Responses.Keys);
        var record = document.Paths["/api/cases/{id}/actions"].Operations![HttpMethod.Post];
        foreach (var status in new[] { "201", "400", "404", "409" }) Assert.Contains(status, record.Responses!.Keys);
        Assert.Contains("application/problem+json", record.Responses!["409"].Content!.Keys);
    }

    [Fact]
    public async Task Request_schemas_require_what_validation_requires_and_list_allowed_codes()
    {
        var document = await Document();

        var body = document.Paths["/api/cases/{id}/actions"].Operations![HttpMethod.Post].RequestBody!.Content!["application/json"].Schema!;
        Assert.Contains("type", body.Required!);
        Assert.Contains("source", body.Required!);
        Assert.DoesNotContain("occurredOn", body.Required!);
        Assert.Contains("suspended", body.Properties!["type"].Enum!.Select(v => v.ToString()));
    }

    [Fact]
    public async Task A_bearer_key_scheme_applies_to_the_whole_api()
    {
        var document = await Document();

        var scheme = document.Components!.SecuritySchemes![ "bearer" ];
        Assert.Equal(SecuritySchemeType.Http, scheme.Type);
        Assert.Equal("bearer", scheme.Scheme);
        Assert.Contains(document.Security!, requirement => requirement.Keys.Any(k => k.Reference.Id == "bearer"));
    }
}
