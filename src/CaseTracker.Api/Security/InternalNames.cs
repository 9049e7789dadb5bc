using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace CaseTracker.Api.Security;

/// <summary>
/// Keeps .NET type names out of problem details: the framework's JSON errors say "could not be
/// converted to CaseTracker.Api.Features.Cases.SubjectInput", which tells a client nothing it can
/// act on and an attacker how the code is laid out. The JSON path and position stay.
/// </summary>
public static partial class InternalNames
{
    public static void Configure(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        if (context.ProblemDetails.Detail is { } detail) context.ProblemDetails.Detail = Scrub(detail);
    };

    public static string Scrub(string detail)
    {
        var converted = NotConverted().Match(detail);
        if (converted.Success) return $"The value at {converted.Groups["path"].Value} is not of the type this field takes.";
        return TypeName().Replace(detail, "a value");
    }

    [GeneratedRegex(@"could not be converted to \S+?\. Path: (?<path>\S+)")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"\b(System|Microsoft|CaseTracker|Marten|Wolverine|JasperFx|Npgsql)\.[\w.`\[\],]+")]
    private static partial Regex TypeName();
}
