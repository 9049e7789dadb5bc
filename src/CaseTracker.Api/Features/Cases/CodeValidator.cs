using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using FluentValidation.Validators;

namespace CaseTracker.Api.Features.Cases;

/// <summary>A field that takes one of a vocabulary's codes; the OpenAPI document lists them as the field's enum.</summary>
public interface ICodeValidator
{
    IReadOnlyList<string> Allowed { get; }
}

public sealed class CodeValidator<T, TEnum> : PropertyValidator<T, string?>, ICodeValidator where TEnum : struct, Enum
{
    public IReadOnlyList<string> Allowed => Codes.All<TEnum>();

    public override string Name => "CodeValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || Codes.IsKnown<TEnum>(value);

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        $"'{{PropertyValue}}' is not a known code; use one of: {string.Join(", ", Allowed)}.";
}
