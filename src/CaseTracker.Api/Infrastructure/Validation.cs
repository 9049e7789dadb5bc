using System.Text.Json;
using FluentValidation;

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

    /// <summary>"Source.PublishedOn" becomes "source.publishedOn", as the client wrote it.</summary>
    public static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
