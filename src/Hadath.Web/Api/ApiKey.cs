using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Hadath.Web.Api;

/// <summary>Write endpoints need the server's key in <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</summary>
internal sealed class ApiKeyFilter(HadathWebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.ApiKey is null)
        {
            return Results.Problem("writes are disabled: start the server with --api-key or HADATH_API_KEY", statusCode: 403);
        }
        var request = context.HttpContext.Request;
        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = request.Headers.Authorization.FirstOrDefault();
        if (given is null && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.ApiKey)))
        {
            return Results.Problem("a valid API key is required (X-Api-Key header)", statusCode: 401);
        }
        return await next(context);
    }
}
