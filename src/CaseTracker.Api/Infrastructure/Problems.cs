using CaseTracker.Domain.Cases;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Infrastructure;

/// <summary>RFC 9457 problem details with stable types, one place for all of them.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Validation(IDictionary<string, string[]> errors) => Results.Problem(new ValidationProblemDetails(errors)
    {
        Type = "/problems/validation",
        Title = "The request has invalid fields.",
        Status = StatusCodes.Status400BadRequest,
        Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
    });

    public static IResult CaseNotFound(Guid id) =>
        Problem(StatusCodes.Status404NotFound, "case_not_found", "Case not found.", $"There is no case {id}.");

    public static IResult SourceNotFound(Guid id) =>
        Problem(StatusCodes.Status404NotFound, "source_not_found", "Source not found.", $"There is no source {id}.");

    public static IResult Conflict(string code, string detail) =>
        Problem(StatusCodes.Status409Conflict, code, "The case does not allow this now.", detail);

    public static IResult VersionConflict(Guid id, long expected, long actual) => Problem(
        StatusCodes.Status409Conflict, "version_conflict", "The case has changed since you read it.",
        $"Case {id} is at version {actual}, not the expected {expected}. Read it again and retry.",
        new Dictionary<string, object?> { ["currentVersion"] = actual, ["expectedVersion"] = expected });

    public static IResult ConcurrentWrite(Guid id) => Problem(
        StatusCodes.Status409Conflict, "version_conflict", "The case has changed since you read it.",
        $"Another write to case {id} landed first. Read it again and retry.");

    /// <summary>The body of a 409 for a commit that lost a race outside the case write path.</summary>
    public static ProblemDetails ConcurrencyFailure(Exception _) => new()
    {
        Type = "/problems/version-conflict", Status = StatusCodes.Status409Conflict, Title = "The data has changed since you read it.",
        Detail = "Another write landed first. Read again and retry.",
    };

    public static IResult Refused(Refusal refusal) => Problem(
        refusal.Kind == RefusalKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
        refusal.Code, refusal.Kind == RefusalKind.NotFound ? "Not found." : "The case does not allow this now.", refusal.Detail);

    public static IResult BadRequest(string code, string detail, string? field = null) => Problem(
        StatusCodes.Status400BadRequest, code, "The request is malformed.", detail,
        field is null ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [detail] } });

    public static IResult Problem(int status, string code, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, type: $"/problems/{code.Replace('_', '-')}", extensions: extensions);
}
