using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Web.Forms;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Cases;

/// <summary>Opening a case: the API's request, validator and decision, from a form.</summary>
public sealed class NewModel(IValidator<OpenCaseRequest> validator, CasePageWrites writes) : WebPage
{
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("platform", "Platform", Required: true),
        new("subject.name", "Subject", Required: true),
        new("subject.kind", "Kind", FieldKind.Select, Codes.All<SubjectKind>().Select(c => (c, Rendering.Words.Code(c))).ToList(), Required: true),
        new("subject.handle", "Handle"), new("subject.url", "URL", FieldKind.Url), new("subject.country", "Country", Hint: "US, FR …"),
        new("title", "Title"),
    ];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public FormValues Values { get; private set; } = new(new Dictionary<string, string?>());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanWrite) return Forbid();
        Values = FormValues.From(Request.Form, Guid.Empty);
        var f = Values;
        var request = new OpenCaseRequest(f["platform"], new SubjectInput(f["subject.name"], f["subject.kind"], f["subject.handle"], f["subject.url"], f["subject.country"]), f["title"]);
        var result = await validator.ValidateAsync(request, HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            Errors = result.Errors.GroupBy(e => Validation.FieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var platform = Extraction.Platforms.PlatformNames.CanonicalOrGiven(request.Platform!);
        var caseId = await writes.OpenAsync(platform, request.Subject!.Name!, id => CaseDecisions.Open(id, platform, request.Subject!.ToSubject(), request.Title), HttpContext.RequestAborted);
        return Redirect($"/cases/{caseId}?written=yes");
    }
}
