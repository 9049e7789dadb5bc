using Wolverine.Http;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// An id in the path that is not a GUID is the client's typo, not a missing thing: a 400 naming
/// the route parameter, where the endpoint's own binding would answer a bare 404.
/// </summary>
public sealed class RouteIds(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<HttpChain>() is { } chain)
        {
            foreach (var parameter in chain.Method.Method.GetParameters())
            {
                if ((Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) != typeof(Guid)) continue;
                if (http.Request.RouteValues.TryGetValue(parameter.Name!, out var value) && !Guid.TryParse(value?.ToString(), out _))
                {
                    await Problems.BadRequest("bad_id", $"The route parameter '{parameter.Name}' must be an id, a GUID such as 0196f0c2-7a1e-7c3e-9a4b-2f1d5e6a7b8c; '{value}' is not one.",
                        parameter.Name).ExecuteAsync(http);
                    return;
                }
            }
        }
        await next(http);
    }
}
