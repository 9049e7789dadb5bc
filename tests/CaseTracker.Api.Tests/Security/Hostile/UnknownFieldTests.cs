using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>A member no request has, at the top or inside any nested object, on every write: a 400 naming it, nothing written.</summary>
public sealed partial class HostileInputTests
{
    [Fact]
    public async Task Every_write_refuses_an_unknown_field_at_any_depth_and_writes_nothing()
    {
        var scene = await Scene.CreateAsync(fixture);
        // Letters only, after a prefix no request field starts with, so the name is never a real field in another case.
        var name = Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_".ToCharArray()))
            .Select(chars => "zz" + new string(chars));
        var value = Gen.Elements("1", "null", "\"x\"", "{}", "[]", "true");
        var templated =
            from template in Gen.Elements(WriteTemplate.All)
            from target in Gen.Elements(template.Body.Paths().Where(p => p.Field.Kind == FieldKind.Object).ToArray())
            from field in name
            from json in value
            select (template.Path, Body: template.Body.Render(target.Path, $"{{\"{field}\":{json}," + target.Field.Render(null, null)[1..]),
                Field: target.Path == WriteTemplate.Root ? field : $"{target.Path[(WriteTemplate.Root.Length + 1)..]}.{field}");
        var others =
            from path in Gen.Elements(scene.OtherPosts)
            from field in name
            from json in value
            select (Path: path, Body: $"{{\"{field}\":{json}}}", Field: field);
        var tried = 0;
        var events = await EventCounts.TotalAsync(fixture.ConnectionString);

        var property = Prop.ForAll(Gen.OneOf(templated, others).ToArbitrary(), sample => Task.Run(async () =>
        {
            tried++;
            var response = await scene.SendAsync(new HostileRequest("POST", sample.Path, sample.Body, [], "application/json", "unknown field", true));
            var answer = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{sample.Path} {sample.Body}: {(int)response.StatusCode} {answer}");
            var errors = JsonDocument.Parse(answer).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(sample.Field, out _), $"{sample.Path} {sample.Body}: the problem does not name {sample.Field}: {answer}");
            var now = await EventCounts.TotalAsync(fixture.ConnectionString);
            Assert.True(now == events, $"{sample.Path} {sample.Body}: refused but {now - events} events were written");
        }).GetAwaiter().GetResult());
        Check.One(Config(600), property);

        Report($"unknown fields: {tried} requests tried (seed {Seed})");
    }
}
