using System.Globalization;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>Dates at their precision and the vocabulary's codes, as a reader of the page's language says them.</summary>
public static class Words
{
    /// <summary>"7 June 2020", "June 2020", "2020", "7 June, year unknown", each hedged or marked as the source was.</summary>
    public static string Date(PartialDate? date)
    {
        if (date is null) return Texts.T("undated");
        var culture = CultureInfo.CurrentUICulture;
        string Month(int m) => culture.DateTimeFormat.GetMonthName(m);
        var text = (date.Year, date.Month, date.Day) switch
        {
            (null, { } m, { } d) => $"{d} {Month(m)}, {Texts.T("year unknown")}",
            ({ } y, { } m, { } d) => $"{d} {Month(m)} {y}",
            ({ } y, { } m, null) => $"{Month(m)} {y}",
            ({ } y, _, _) => y.ToString(CultureInfo.InvariantCulture),
            _ => date.Value,
        };
        if (date.Approximate) text = $"{Texts.T("about")} {text}";
        if (date.YearInferred) text += $" ({Texts.T("year inferred")})";
        return text;
    }

    public static string Day(DateOnly day) => Date(PartialDate.OfDay(day.Year, day.Month, day.Day));

    public static string Moment(DateTimeOffset at) =>
        at.UtcDateTime.ToString(Texts.IsFrench ? "d MMMM yyyy, HH:mm 'UTC'" : "d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentUICulture);

    public static string Action(ActionType type) => Code(type.ToCode());

    public static string Party(StatedBy party) => Code(party.ToCode());

    /// <summary>A code (suspended, legal_compliance_local_law) as words: translated when known, else the code with spaces.</summary>
    public static string Code(string code)
    {
        if (Texts.IsFrench && French.TryGetValue(code, out var fr)) return fr;
        var words = code.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static readonly Dictionary<string, string> French = new()
    {
        ["suspended"] = "Suspendu",
        ["terminated"] = "Supprimé définitivement",
        ["restricted"] = "Restreint",
        ["content_removed"] = "Contenu retiré",
        ["geo_blocked"] = "Bloqué géographiquement",
        ["demonetized"] = "Démonétisé",
        ["reinstated"] = "Rétabli",
        ["warned"] = "Averti",
        ["other"] = "Autre",
        ["platform"] = "La plateforme",
        ["subject"] = "Le sujet",
        ["government"] = "Un gouvernement",
        ["third_party"] = "Un tiers",
        ["no_known_action"] = "Aucune action connue",
        ["denial"] = "Démenti",
        ["other_date"] = "Autre date",
        ["open"] = "Ouvert",
        ["closed"] = "Clos",
        ["merged"] = "Fusionné",
    };
}
