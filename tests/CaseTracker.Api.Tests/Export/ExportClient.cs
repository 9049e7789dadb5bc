using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;
using CsvHelper;

namespace CaseTracker.Api.Tests.Export;

/// <summary>What an export client does: download a file, read its CSV as a spreadsheet program or a script would.</summary>
public static class ExportClient
{
    public static async Task<(HttpResponseMessage Response, string Text)> Download(ApiClient api, string url)
    {
        var response = await api.Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return (response, text);
    }

    /// <summary>The header and every record, read by CsvHelper the way RFC 4180 says.</summary>
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = true });
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(header.ToDictionary(h => h, h => reader.GetString(h)));
        return (header, rows);
    }

    public static async Task<JsonElement> Json(ApiClient api, string url) => JsonDocument.Parse((await Download(api, url)).Text).RootElement.Clone();

    public static async Task StateReason(ApiClient api, Guid caseId, Guid actionId, string statedBy, string category, string text)
    {
        var response = await api.Post($"/api/cases/{caseId}/reasons", new { statedBy, category, text, actionId, source = new { outlet = "Platform blog" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<Guid> RecordAction(ApiClient api, Guid caseId, string type, string? date, string outlet, string? quote = null,
        string? scope = null, string? language = null, string? url = null)
    {
        var response = await api.Post($"/api/cases/{caseId}/actions", new
        {
            type, scope,
            occurredOn = date is null ? null : new { value = date },
            source = new { outlet, quote, language, url },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.Body(response)).GetProperty("id").GetGuid();
    }
}
