using System.Text.Json;

namespace CaseTracker.Extraction.Tests;

public class ClaimJsonTests
{
    [Fact]
    public void Seed_renders_as_one_json_line_with_the_api_field_names_and_date_shape()
    {
        var seed = AnnotatedArticle.FromJson(File.ReadAllText(Fixtures.DataPath("seed-000.json")));
        var line = ClaimJson.Render("000_df5187a6ddef062e.txt", Fixtures.Extractor.Extract(seed.ToInput()));
        Assert.DoesNotContain('\n', line);
        var root = JsonDocument.Parse(line).RootElement;
        Assert.Equal("000_df5187a6ddef062e.txt", root.GetProperty("file").GetString());
        var suspension = root.GetProperty("claims")[0];
        Assert.Equal("suspended", suspension.GetProperty("action").GetString());
        Assert.Equal("--06-07", suspension.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("day", suspension.GetProperty("date").GetProperty("precision").GetString());
        Assert.False(suspension.GetProperty("date").GetProperty("yearInferred").GetBoolean());
        Assert.Equal(JsonValueKind.Null, suspension.GetProperty("date").GetProperty("year").ValueKind);
        Assert.False(string.IsNullOrEmpty(suspension.GetProperty("subjectKind").GetString()));
        var reason = suspension.GetProperty("reasons")[0];
        Assert.Equal("legal_compliance_local_law", reason.GetProperty("category").GetString());
        Assert.Equal("platform", reason.GetProperty("statedBy").GetString());
        var quote = reason.GetProperty("quote");
        Assert.Equal(seed.Text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], quote.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("claims")[1].GetProperty("date").ValueKind);
    }

    [Fact]
    public void Extractor_name_and_version_identify_the_word_lists()
    {
        Assert.False(string.IsNullOrWhiteSpace(ClaimExtractor.Name));
        Assert.Matches(@"^\d+\.\d+\.\d+\+data\.[0-9a-f]{8}$", ClaimExtractor.Version);
        Assert.Equal(["ar", "de", "en", "es", "fa", "fr", "id", "it", "nl", "pl", "pt", "ro", "ru", "tr", "uk"], ClaimExtractor.SupportedLanguages);
    }
}
