using System.Text.Json.Nodes;
using CaseTracker.Api.Features.Cases;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// The OpenAPI document a client generator and the /scalar page can use: the bearer key scheme,
/// and request schemas that say what validation says (required fields, allowed codes).
/// </summary>
/// <summary>The operation id an endpoint is published under.</summary>
public sealed record OperationName(string Value);

public static class OpenApiSetup
{
    public const string Scheme = "bearer";

    public static IServiceCollection AddCaseTrackerOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CaseTracker API";
            document.Info.Description = "Platform actions against people and groups, from the sources that report them. Send an API key as `Authorization: Bearer <key>`; errors are RFC 9457 problem details.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = Scheme, Description = "An API key from `keys create` (or the demo key), sent as a bearer token.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer(FromValidator);
        options.AddOperationTransformer((operation, context, _) =>
        {
            // Named by its route name (OpenCase), not by its path (POST_api_cases).
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationName>().FirstOrDefault() is { } name) operation.OperationId = name.Value;
            // Endpoints returning IResult also get an untyped 200 and a bare 404 from the framework: the contract's answers replace them.
            if (operation.Responses is { } responses && responses.Any(r => r.Value.Content is { Count: > 0 }))
                foreach (var untyped in responses.Where(r => r.Value.Content is not { Count: > 0 } content
                             || content.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: "IResult" })).Select(r => r.Key).ToList())
                    responses.Remove(untyped);
            return Task.CompletedTask;
        });
    });

    /// <summary>A body type with a validator: required means what the validator requires, and code fields list their codes.</summary>
    private static Task FromValidator(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { Count: > 0 } properties || type.IsPrimitive || type == typeof(string)) return Task.CompletedTask;
        if (context.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator) return Task.CompletedTask;

        var members = validator.CreateDescriptor().GetMembersWithValidators();
        var required = new HashSet<string>();
        foreach (var member in members)
        {
            var name = Validation.FieldPath(member.Key);
            if (!properties.TryGetValue(name, out var property)) continue;
            foreach (var (check, component) in member)
            {
                if (check is INotNullValidator or INotEmptyValidator && !component.HasCondition && !component.HasAsyncCondition) required.Add(name);
                if (check is ICodeValidator codes && property is OpenApiSchema field)
                    field.Enum = codes.Allowed.Select(code => (JsonNode)JsonValue.Create(code)!).ToList();
            }
        }
        schema.Required = required;
        return Task.CompletedTask;
    }
}
