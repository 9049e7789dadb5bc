using System.Text.Json;
using FluentValidation;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace CaseTracker.Api.Infrastructure;

public static class Validation
{
    /// <summary>Runs the request's validator; a 400 naming every bad field (camelCase paths), or null when valid.</summary>
    public static async Task<IResult?> Check<T>(IValidator<T> validator, T? request)
    {
        if (request is null) return Problems.BadRequest("body_required", "The request needs a JSON body.");
        var result = await validator.ValidateAsync(request);
        if (result.IsValid) return null;
        var errors = result.Errors
            .GroupBy(e => FieldPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Problems.Validation(errors);
    }

    /// <summary>The middleware step <see cref="ValidateRequests"/> puts before an endpoint: stop with the problem, or go on.</summary>
    public static async Task<IResult> BeforeAsync<T>(T? request, IValidator<T> validator) =>
        await Check(validator, request) ?? WolverineContinue.Result();

    /// <summary>"Source.PublishedOn" becomes "source.publishedOn", as the client wrote it.</summary>
    public static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}

/// <summary>
/// Validation as middleware: every endpoint whose body type has an IValidator registered runs it
/// first and answers 400 problem details without reaching the endpoint (so nothing is written).
/// </summary>
public sealed class ValidateRequests : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType))
        {
            if (!container.HasRegistrationFor(typeof(IValidator<>).MakeGenericType(chain.RequestType!))) continue;
            chain.Metadata.ProducesProblem(StatusCodes.Status400BadRequest);
            var method = typeof(Validation).GetMethod(nameof(Validation.BeforeAsync))!.MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(Validation), method);
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}
