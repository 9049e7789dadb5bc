using CaseTracker.Api.Features.Cases;
using FluentValidation;

namespace CaseTracker.Api.Features.Sources;

/// <summary>An article to ingest: its text, or its HTML page to be reduced to text, or only its URL for the server to fetch the page.</summary>
public sealed record SourceRequest(string? Outlet, string? Url = null, string? Title = null, string? Language = null, string? PublishedOn = null, string? Text = null, string? Html = null);

public sealed class SourceRequestValidator : AbstractValidator<SourceRequest>
{
    public const int MaxTextLength = 1_000_000;

    public SourceRequestValidator(TimeProvider clock)
    {
        RuleFor(s => s.Outlet).IsText(Limits.Name).When(s => s.Outlet is not null || !s.FetchesPage());
        RuleFor(s => s.Url).IsHttpUrl();
        RuleFor(s => s.Title).MaximumLength(Limits.Name * 2);
        RuleFor(s => s.Language).IsLanguage();
        RuleFor(s => s.PublishedOn).Must(d => Rules.BeRealPastDay(d!, clock)).When(s => s.PublishedOn is not null)
            .WithMessage("The publication date must be a real day (YYYY-MM-DD) that is not in the future.");
        RuleFor(s => s.Text).Must((s, _) => (s.Text is null) != (s.Html is null) || s.FetchesPage())
            .WithMessage("Give the article either as text or as html, exactly one of them, or only its url for the server to fetch.");
        RuleFor(s => s.Text).NotEmpty().MaximumLength(MaxTextLength).Must(NotBinary!).When(s => s.Text is not null)
            .WithMessage($"The text must be readable text of at most {MaxTextLength} characters, not empty and not binary.");
        RuleFor(s => s.Html).NotEmpty().MaximumLength(MaxTextLength * 4).Must(NotBinary!).When(s => s.Html is not null)
            .WithMessage("The html must be a readable page, not empty and not binary.");
    }

    /// <summary>Text with NUL bytes or mostly control characters is a binary file sent by mistake.</summary>
    private static bool NotBinary(string text)
    {
        if (text.Contains('\0') || text.Contains('\uFFFD')) return false;
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        return control * 100 <= text.Length;
    }
}
