using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CaseTracker.Api.Security;

/// <summary>
/// `Authorization: Bearer &lt;key&gt;`: an active key becomes a principal with its role; no header
/// means anonymous (authorization decides); a header with a bad, unknown or revoked key fails.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("The Authorization header must be 'Bearer <key>'.");

        var key = await keys.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is unknown or revoked.");

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Principal), new Claim(ClaimTypes.Role, key.Role.Name()), new Claim(KeyIdClaim, key.Id.ToString())],
            SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        // RFC 6750: say that a key was sent but refused, so clients know to replace it.
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null
            ? "Bearer realm=\"casetracker\""
            : "Bearer realm=\"casetracker\", error=\"invalid_token\"";
        var detail = result.Failure?.Message ?? "Send an API key as 'Authorization: Bearer <key>'.";
        await SecurityProblems.Unauthenticated(detail).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var need = EndpointRoles.For(Context)?.Role ?? Role.Admin;
        await SecurityProblems.Forbidden(EndpointRoles.RoleOf(Context.User), need).ExecuteAsync(Context);
    }
}
