using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CaseTracker.Api.Infrastructure;

namespace CaseTracker.Api.Features.Sources;

/// <summary>A page the server fetched: where it ended up, its body decoded, and whether it is HTML (else plain text).</summary>
public sealed record FetchedPage(Uri Url, string Body, bool IsHtml);

/// <summary>Why a page was not fetched: a problem status (4xx for a refused address or page, 502/504 for an unreachable one), a stable code, and a readable reason.</summary>
public sealed record FetchRefusal(int Status, string Code, string Title, string Detail)
{
    public IResult ToProblem() => Problems.Problem(Status, Code, Title, Detail);
}

/// <summary>
/// Fetches an article page for ingestion without letting a URL reach inside our network (SSRF):
/// http(s) only; every address a host name resolves to must be public (see PublicAddresses), and
/// the check runs in the connection callback on the very address connected, so a DNS answer that
/// changes between check and connect (rebinding) cannot slip through; redirects are followed by
/// hand, each hop checked again, at most Fetch:MaxRedirects; no proxy; the body is capped at
/// Fetch:MaxBytes, the whole fetch at Fetch:TimeoutSeconds; only text/html and text/plain.
/// Fetch:AllowLoopbackForTests lets test hosts fetch from a local server; nothing else sets it.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _allowLoopback;
    private readonly long _maxBytes;
    private readonly int _maxRedirects;
    private readonly TimeSpan _timeout;

    public PageFetcher(IConfiguration configuration)
    {
        _allowLoopback = configuration.GetValue("Fetch:AllowLoopbackForTests", false);
        _maxBytes = configuration.GetValue("Fetch:MaxBytes", 4_000_000L);
        _maxRedirects = configuration.GetValue("Fetch:MaxRedirects", 5);
        _timeout = TimeSpan.FromSeconds(configuration.GetValue("Fetch:TimeoutSeconds", 15.0));
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("CaseTracker/1.0 (article ingestion)");
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html, text/plain;q=0.9");
    }

    public async Task<(FetchedPage? Page, FetchRefusal? Refusal)> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || SchemeRefusal(uri) is not null)
            return (null, new FetchRefusal(StatusCodes.Status400BadRequest, "fetch_url_invalid", "The URL cannot be fetched.", "Only absolute http and https addresses are fetched."));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_timeout);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop == _maxRedirects)
                        return (null, Refused("fetch_too_many_redirects", $"{url} redirects more than {_maxRedirects} times."));
                    uri = new Uri(uri, location);
                    if (SchemeRefusal(uri) is { } why) return (null, Refused("fetch_redirect_refused", $"{url} redirects to {uri}, {why}."));
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    return (null, new FetchRefusal(StatusCodes.Status502BadGateway, "fetch_failed", "The page could not be fetched.",
                        $"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}."));
                return await ReadAsync(uri, response, deadline.Token);
            }
        }
        catch (HttpRequestException e) when (Find<AddressRefused>(e) is { } refused)
        {
            return (null, Refused("fetch_address_refused", $"{uri.Host} is {refused.Reason} ({refused.Address}); the server fetches pages from public internet addresses only."));
        }
        catch (HttpRequestException e)
        {
            return (null, new FetchRefusal(StatusCodes.Status502BadGateway, "fetch_unreachable", "The page could not be fetched.",
                $"{uri.Host} could not be reached: {Find<SocketException>(e)?.Message ?? e.Message}"));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new FetchRefusal(StatusCodes.Status504GatewayTimeout, "fetch_timeout", "The page took too long to fetch.",
                $"{uri} did not answer in full within {_timeout.TotalSeconds:0.#} seconds."));
        }
    }

    private async Task<(FetchedPage?, FetchRefusal?)> ReadAsync(Uri uri, HttpResponseMessage response, CancellationToken ct)
    {
        var type = response.Content.Headers.ContentType;
        if (type?.MediaType is not ("text/html" or "text/plain"))
            return (null, Refused("fetch_content_type", $"{uri} is {type?.MediaType ?? "of no stated type"}; only text/html and text/plain pages are ingested."));
        if (response.Content.Headers.ContentLength > _maxBytes) return (null, TooLarge(uri));

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > _maxBytes) return (null, TooLarge(uri));
            buffer.Write(chunk, 0, read);
        }
        return (new FetchedPage(uri, Decode(buffer, type), type.MediaType == "text/html"), null);
    }

    private FetchRefusal TooLarge(Uri uri) => Refused("fetch_too_large", $"{uri} is larger than {_maxBytes} bytes, the most a fetched page may be.");

    private static FetchRefusal Refused(string code, string detail) =>
        new(StatusCodes.Status422UnprocessableEntity, code, "The page was not fetched.", detail);

    private static string Decode(MemoryStream bytes, MediaTypeHeaderValue type)
    {
        var encoding = Encoding.UTF8;
        try
        {
            if (type.CharSet is { Length: > 0 } charset) encoding = Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            // An unknown charset is read as UTF-8, the web's default.
        }
        return encoding.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    private static string? SchemeRefusal(Uri uri) => uri.Scheme is "http" or "https" ? null : $"a {uri.Scheme}: address, and only http and https are fetched";

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Resolves the host itself and connects only to addresses that pass the check: the address checked is the address used.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        // One private answer refuses the host, even beside public ones: which one gets used is not ours to choose.
        foreach (var address in addresses)
            if (PublicAddresses.RefusalOf(address, _allowLoopback) is { } reason) throw new AddressRefused(address, reason);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            if (socket.RemoteEndPoint is IPEndPoint remote && PublicAddresses.RefusalOf(remote.Address, _allowLoopback) is { } reason)
                throw new AddressRefused(remote.Address, reason);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is T found) return found;
        return null;
    }

    private sealed class AddressRefused(IPAddress address, string reason) : Exception($"{address} is {reason}")
    {
        public IPAddress Address => address;
        public string Reason => reason;
    }

    public void Dispose() => _http.Dispose();
}
