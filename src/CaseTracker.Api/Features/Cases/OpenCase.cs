using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using Marten;
using CaseTracker.Extraction.Platforms;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public sealed record SubjectInput(string? Name, string? Kind, string? Handle = null, string? Url = null, string? Country = null)
{
    public Subject ToSubject()
    {
        Codes.TryParse<SubjectKind>(Kind, out var kind);
        return new Subject(Name!.Trim(), kind, Handle?.Trim(), Url?.Trim(), Country?.Trim().ToUpperInvariant());
    }
}

/// <summary>NewPlatform says the platform is one the catalogue does not know yet; otherwise an unknown name is refused as a likely misspelling.</summary>
public sealed record OpenCaseRequest(string? Platform, SubjectInput? Subject, string? Title = null, bool NewPlatform = false);

public sealed class SubjectInputValidator : AbstractValidator<SubjectInput>
{
    public SubjectInputValidator()
    {
        RuleFor(s => s.Name).IsText(Limits.Name);
        RuleFor(s => s.Kind).NotEmpty().BeCode<SubjectInput, SubjectKind>();
        RuleFor(s => s.Handle).MaximumLength(Limits.Name);
        RuleFor(s => s.Url).IsHttpUrl();
        RuleFor(s => s.Country).Matches("^[A-Za-z]{2}$").When(s => s.Country is not null)
            .WithMessage("The country must be an ISO 3166 two-letter code.");
    }
}

public sealed class OpenCaseValidator : AbstractValidator<OpenCaseRequest>
{
    public OpenCaseValidator()
    {
        RuleFor(r => r.Platform).IsText(100).IsKnownPlatform(r => r.NewPlatform);
        RuleFor(r => r.Subject).NotNull().WithMessage("The subject is required.").SetValidator(new SubjectInputValidator()!);
        RuleFor(r => r.Title).MaximumLength(Limits.Name * 2);
    }
}

public static class OpenCaseEndpoint
{
    [WolverinePost("/api/cases", Name = "OpenCase")]
    public static async Task<IResult> Post(OpenCaseRequest request, IDocumentSession session, HttpContext http)
    {

        var caseId = Guid.CreateVersion7();
        var (platform, subject) = (PlatformNames.CanonicalOrGiven(request.Platform!), request.Subject!.Name!);
        if (await OpenCases.FindAsync(session, platform, subject, http.RequestAborted) is { } existing) return OpenCases.AlreadyOpen(http, existing, platform, subject);
        var decision = CaseDecisions.Open(caseId, platform, request.Subject!.ToSubject(), request.Title);
        Security.Audit.Stamp(session, http);
        session.Events.StartStream<Case>(caseId, decision.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(http.RequestAborted);
        }
        catch (Exception e) when (OpenCases.IsDuplicate(e))
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            // Another request opened it between our look and our write: point at the winner.
            if (await OpenCases.FindAsync(session, platform, subject, http.RequestAborted) is { } winner) return OpenCases.AlreadyOpen(http, winner, platform, subject);
            throw;
        }

        http.Response.Headers.Location = $"/api/cases/{caseId}";
        return CaseWrites.Answer(http, StatusCodes.Status201Created, new WriteResult(caseId, decision.Events.Count, true, caseId));
    }
}
