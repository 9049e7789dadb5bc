using System.Text.Json;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>extract and eval as a user runs them: files in, JSON lines or scores out, no database.</summary>
public sealed class OfflineCommandTests
{
    private static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = OfflineCommands.Run(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Extract_prints_one_json_line_per_article_with_the_seed_claims()
    {
        var (exit, output, _) = Run("extract", SeedCase.Folder());

        Assert.Equal(0, exit);
        var line = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.EndsWith(".json", line.GetProperty("file").GetString());
        var claims = line.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["suspended", "reinstated"], claims.Select(c => c.GetProperty("action").GetString()));
        Assert.Equal("--06-07", claims[0].GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public void Extract_reads_plain_text_with_the_given_language_and_publication_date()
    {
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Daily Example\n\nA headline\n\nTwitter suspended the account of the Harbour Rights League on 3 March, the league said.");
        try
        {
            var (exit, output, _) = Run("extract", file, "--language", "en", "--published", "2021-03-12");

            Assert.Equal(0, exit);
            var claim = JsonDocument.Parse(output).RootElement.GetProperty("claims")[0];
            Assert.Equal("2021-03-03", claim.GetProperty("date").GetProperty("value").GetString());
            Assert.True(claim.GetProperty("date").GetProperty("yearInferred").GetBoolean());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Eval_scores_the_seed_at_f1_one()
    {
        var (exit, output, _) = Run("eval", SeedCase.Folder());

        Assert.Equal(0, exit);
        var all = output.Split('\n').First(l => l.StartsWith("all", StringComparison.Ordinal));
        Assert.Equal(["all", "1", "2", "2", "2", "1.000", "1.000", "1.000", "1.000", "1.000", "1.000"], all.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("eval")]
    [InlineData("extract", "/no/such/folder")]
    [InlineData("extract", "x.txt", "--published", "yesterday")]
    public void Bad_command_lines_fail_with_a_message(params string[] args)
    {
        var (exit, _, errors) = Run(args);

        Assert.NotEqual(0, exit);
        Assert.NotEmpty(errors);
    }
}
