using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Sources;

/// <summary>The import command appends in batches: repeats inside one batch and across runs are stored once, a bad file fails alone.</summary>
[Collection(ApiCollection.Name)]
public sealed class BulkImportTests(ApiFixture fixture) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("casetracker-import-test-");
    private readonly ApiClient _api = new(fixture.Client());

    private void Write(string name, string outlet, string title, string body) =>
        File.WriteAllText(Path.Combine(_folder.FullName, name), $"{outlet}\n\n{title}\n{body}");

    [Fact]
    public async Task An_import_stores_each_article_once_counts_repeats_and_failures_and_its_claims_wait_for_review()
    {
        string[] names = ["Ana Sousa", "Rui Sousa", "Eva Sousa"];
        for (var i = 0; i < names.Length; i++)
            Write($"a{i}.txt", "Bulk Daily", $"Reddit suspends account of journalist {names[i]}",
                $"Reddit suspended the account of the journalist {names[i]} on 4 March, the journalist said.");
        // The same article as a0 under another file name: same text, stored once.
        File.Copy(Path.Combine(_folder.FullName, "a0.txt"), Path.Combine(_folder.FullName, "a3.txt"));
        Write("b.txt", "", "", ""); // no outlet, no text: refused by validation

        var first = await ArticleImport.RunAsync(fixture.Factory.Services, ArticleFiles.Find([_folder.FullName]), "en", accept: false);
        var second = await ArticleImport.RunAsync(fixture.Factory.Services, ArticleFiles.Find([_folder.FullName]), "en", accept: false);

        Assert.Equal((5, 3, 1, 1), (first.Files, first.Created, first.AlreadyStored, first.Failed));
        Assert.Equal((0, 4, 1), (second.Created, second.AlreadyStored, second.Failed));
        var pending = await _api.Get("/api/claims?status=pending&platform=reddit&pageSize=100");
        var subjects = pending.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("subject").GetString()).Where(s => s!.Contains("Sousa")).ToList();
        Assert.Equal(first.Claims, subjects.Count);
        Assert.True(first.Claims >= 3, $"each article reports a suspension; found {first.Claims} claims");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
