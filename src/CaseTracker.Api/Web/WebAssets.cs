using System.Reflection;

namespace CaseTracker.Api.Web;

/// <summary>
/// The stylesheet and the one small script, embedded in the assembly and answered before routing
/// (no inline code under the CSP). They are the same for everyone and say nothing about cases.
/// </summary>
public sealed class WebAssets(RequestDelegate next)
{
    private static readonly Dictionary<string, (string Content, string ContentType)> Files = new()
    {
        ["/web/site.css"] = (Read("site.css"), "text/css; charset=utf-8"),
        ["/web/site.js"] = (Read("site.js"), "text/javascript; charset=utf-8"),
    };

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !Files.TryGetValue(http.Request.Path.Value ?? "", out var file))
        {
            await next(http);
            return;
        }
        http.Response.ContentType = file.ContentType;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.WriteAsync(file.Content, http.RequestAborted);
    }

    private static string Read(string resource)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Web.Assets." + resource, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
