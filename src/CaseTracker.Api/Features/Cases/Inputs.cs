using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;

namespace CaseTracker.Api.Features.Cases;

/// <summary>A source as a client cites it, with the verbatim quote that supports the statement.</summary>
public sealed record SourceInput(
    string? Outlet, string? Url = null, string? Title = null, string? PublishedOn = null, string? Language = null,
    string? Quote = null, int? QuoteStart = null, int? QuoteEnd = null, Guid? SourceId = null)
{
    public Citation ToCitation() => new(
        new SourceRef(Outlet!.Trim(), Url?.Trim(), Title?.Trim(), PublishedOn is null ? null : DateOnly.Parse(PublishedOn), Language?.Trim().ToLowerInvariant(), SourceId),
        Quote, QuoteStart, QuoteEnd);
}

/// <summary>A partial date as a client writes it: "2020", "2020-06", "2020-06-07" or "--06-07", alone or as {value, approximate, yearInferred}.</summary>
public sealed record DateInput(string? Value, bool Approximate = false, bool YearInferred = false)
{
    public PartialDate ToPartialDate() => PartialDate.TryParse(Value, out _, YearInferred, Approximate)!;
}

public static class Limits
{
    public const int Name = 300;
    public const int Text = 5_000;
    public const int Quote = 5_000;
    public const int Url = 2_048;
    public const int Scope = 200;
}

public sealed class SourceInputValidator : AbstractValidator<SourceInput>
{
    public SourceInputValidator(TimeProvider clock)
    {
        RuleFor(s => s.Outlet).NotEmpty().WithMessage("The outlet is required.").MaximumLength(Limits.Name);
        RuleFor(s => s.Url).IsHttpUrl();
        RuleFor(s => s.Title).MaximumLength(Limits.Name * 2);
        RuleFor(s => s.PublishedOn).Must(d => Rules.BeRealPastDay(d!, clock)).When(s => s.PublishedOn is not null)
            .WithMessage("The publication date must be a real day (YYYY-MM-DD) that is not in the future.");
        RuleFor(s => s.Language).IsLanguage();
        RuleFor(s => s.Quote).MaximumLength(Limits.Quote);
        RuleFor(s => s.QuoteStart).GreaterThanOrEqualTo(0);
        RuleFor(s => s.QuoteEnd).GreaterThanOrEqualTo(s => s.QuoteStart ?? 0).When(s => s.QuoteEnd is not null)
            .WithMessage("The quote must end after it starts.");
    }
}

public sealed class DateInputValidator : AbstractValidator<DateInput>
{
    public DateInputValidator(TimeProvider clock)
    {
        RuleFor(d => d.Value).Custom((value, context) =>
        {
            if (PartialDate.TryParse(value, out var error) is not { } date)
                context.AddFailure($"'{value}' is not a date: {error}.");
            else if (date.IsInFutureOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
                context.AddFailure($"{date.Value} is in the future: give the date the source reports, which cannot be later than today.");
        });
    }
}

public static class Rules
{
    public static bool BeHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    public static bool BeRealPastDay(string text, TimeProvider clock) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) && day <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static IRuleBuilderOptions<T, string?> BeCode<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.SetValidator(new CodeValidator<T, TEnum>());

    public static IRuleBuilderOptions<T, string?> IsHttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Limits.Url).Must(url => url is null || BeHttpUrl(url))
            .WithMessage("The URL must be an absolute http or https address.");

    /// <summary>An ISO 639 code, with a region if given: fr, en, fr-CA.</summary>
    public static IRuleBuilderOptions<T, string?> IsLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[a-zA-Z]{2,3}(-[a-zA-Z]{2})?$").WithMessage("The language must be an ISO 639 code such as fr or en.");

    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength).Must(t => t is null || !t.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .WithMessage("The text must not contain control characters.");
}
