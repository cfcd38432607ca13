using Microsoft.AspNetCore.Http;

namespace Hadath.Web.Api;

/// <summary>The event filters <c>/events</c> and <c>/network</c> share, checked alike: a CAMEO prefix is digits, a QuadClass 1–4.</summary>
internal static class EventParameters
{
    /// <summary>A 400 naming the bad parameter (<paramref name="codeName"/> is how the endpoint calls the CAMEO prefix), or null.</summary>
    public static IResult? Problem(string codeName, string? code, int? quad)
    {
        if (quad is < 1 or > 4) return Results.Problem("quad must be 1 (verbal cooperation) to 4 (material conflict)", statusCode: 400);
        if (code is { Length: > 0 } && !code.Trim().All(char.IsAsciiDigit))
        {
            return Results.Problem($"{codeName} must be a CAMEO code prefix of digits (such as 19), got '{code}'", statusCode: 400);
        }
        return null;
    }
}
