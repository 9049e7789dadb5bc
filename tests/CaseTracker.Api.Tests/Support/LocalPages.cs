using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// A small web site on a loopback port for the server to fetch articles from: pages, a plain
/// text file, a PDF, an oversized page, redirects (to a page, to the cloud metadata address,
/// in a loop) and a page that never finishes. Only a host with Fetch:AllowLoopbackForTests may
/// reach it.
/// </summary>
public sealed class LocalPages : IAsyncDisposable
{
    private readonly Dictionary<string, (string Type, string Body)> _pages = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string Url(string path) => $"{BaseUrl}/{path.TrimStart('/')}";

    /// <summary>An address of this site that redirects to the given one.</summary>
    public string RedirectTo(string target) => Url("redirect?to=" + Uri.EscapeDataString(target));

    /// <summary>Serves this body at this path from now on.</summary>
    public string Add(string path, string body, string type = "text/html; charset=utf-8")
    {
        _pages["/" + path.TrimStart('/')] = (type, body);
        return Url(path);
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Map("/redirect", (string to) => Results.Redirect(to));
        _app.Map("/loop", () => Results.Redirect("/loop"));
        _app.Map("/slow", async (HttpContext http) =>
        {
            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync("<p>The start of a page that never ends.", http.RequestAborted);
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        });
        _app.MapFallback("{**path}", async (HttpContext http) =>
        {
            if (!_pages.TryGetValue(http.Request.Path.Value ?? "", out var page))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.ContentType = page.Type;
            await http.Response.WriteAsync(page.Body);
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
