using System.Globalization;
using CaseTracker.Api.ReadModels;
using CaseTracker.Api.Web.Rendering;
using CaseTracker.Domain.History;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace CaseTracker.Api.Web.Pages.Cases;

/// <summary>A case history as a person reads and cites it; with asOf, as the tracker knew it on that day.</summary>
public sealed class CaseModel(IQuerySession session) : WebPage
{
    [BindProperty(SupportsGet = true)] public string? AsOf { get; set; }

    public CaseHistory History { get; private set; } = null!;
    public TimelineChart Chart { get; private set; } = null!;
    public DateTimeOffset? Moment { get; private set; }
    public string? AsOfError { get; private set; }
    public bool NotKnownThen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Moment = ReadAsOf(AsOf, out var error);
        AsOfError = error;
        var history = await CaseHistories.LoadAsync(session, id, Moment, HttpContext.RequestAborted);
        if (history is null && Moment is not null && await CaseHistories.LoadAsync(session, id, null, HttpContext.RequestAborted) is { } later)
        {
            // The case exists, but was opened after the moment asked for.
            NotKnownThen = true;
            History = later;
            return Page();
        }
        if (history is null) return NotFound();
        if (history.MergedInto is { } survivor) return Redirect($"/cases/{survivor}{Request.QueryString}");
        History = history;
        Chart = TimelineChart.Build(history, Today);
        return Page();
    }

    /// <summary>A day (the end of it, UTC) or a full timestamp; anything else is shown as an error and the current history is read.</summary>
    public static DateTimeOffset? ReadAsOf(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return moment;
        error = CaseHistories.AsOfHint;
        return null;
    }

    public string AsOfDay => Moment is { } m ? m.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static string ArticleLink(CitedSource cited)
    {
        if (cited.Source.SourceId is not { } sourceId) return "";
        var query = cited is { QuoteStart: { } from, QuoteEnd: { } to }
            ? $"?from={from}&to={to}"
            : cited.Quote is { Length: > 0 } quote ? $"?quote={Uri.EscapeDataString(quote)}" : "";
        return $"/sources/{sourceId}{query}#quote";
    }

    /// <summary>Reasons of one action, grouped by who stated them, in the vocabulary's order.</summary>
    public static IEnumerable<IGrouping<Domain.Vocabulary.StatedBy, ReasonEntry>> ReasonsByParty(TimelineEntry entry) =>
        entry.Reasons.GroupBy(r => r.StatedBy).OrderBy(g => g.Key);
}
