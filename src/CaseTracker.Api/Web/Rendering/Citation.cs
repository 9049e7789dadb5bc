using System.Text;
using CaseTracker.Domain.History;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>"Cite this history": the case, its version and moment, and each action with its sources and quotes, as plain text and as Markdown.</summary>
public static class Citation
{
    public static string PlainText(CaseHistory history, string pageUrl, DateTimeOffset at)
    {
        var text = new StringBuilder();
        text.AppendLine($"{Heading(history)}. CaseTracker case history, version {history.Version}, as known on {Words.Moment(at)}. {pageUrl}");
        foreach (var entry in history.Timeline)
        {
            text.AppendLine($"- {Words.Action(entry.Type)}, {Words.Date(entry.OccurredOn)}{Marks(entry)}:");
            foreach (var cited in entry.Sources)
                text.AppendLine($"  {Quote(cited)}{cited.Source.Outlet}{Title(cited)}{Published(cited)}{(cited.Source.Url is { } url ? ", " + url : "")}");
        }
        return text.ToString();
    }

    public static string Markdown(CaseHistory history, string pageUrl, DateTimeOffset at)
    {
        var text = new StringBuilder();
        text.AppendLine($"**{Escape(Heading(history))}**. CaseTracker case history, version {history.Version}, as known on {Words.Moment(at)}. <{pageUrl}>");
        text.AppendLine();
        foreach (var entry in history.Timeline)
        {
            text.AppendLine($"- **{Words.Action(entry.Type)}**, {Escape(Words.Date(entry.OccurredOn))}{Marks(entry)}");
            foreach (var cited in entry.Sources)
            {
                var outlet = Escape(cited.Source.Outlet);
                var linked = cited.Source.Url is { } url && Links.IsHttp(url) ? $"[{outlet}](<{url}>)" : outlet;
                text.AppendLine($"  - {Escape(Quote(cited))}{linked}{Escape(Title(cited))}{Escape(Published(cited))}");
            }
        }
        return text.ToString();
    }

    private static string Heading(CaseHistory history) => $"{history.Platform}: {history.Subject.Name}{(history.Title is { } t ? " — " + t : "")}";

    private static string Marks(TimelineEntry entry) =>
        (entry.Withdrawn is not null ? $" ({Texts.T("withdrawn")})" : "") + (entry.Contradicted || entry.Disputed ? $" ({Texts.T("contested")})" : "");

    private static string Quote(CitedSource cited) => cited.Quote is { Length: > 0 } q ? $"“{q}” — " : "";

    private static string Title(CitedSource cited) => cited.Source.Title is { Length: > 0 } t ? $", “{t}”" : "";

    private static string Published(CitedSource cited) => cited.Source.PublishedOn is { } d ? $", {Words.Day(d)}" : "";

    /// <summary>Markdown's active characters escaped, so a source's text stays text where the citation is pasted.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_{}[]()<>#+-!|~".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
