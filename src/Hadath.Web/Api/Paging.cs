using Hadath.Store;

namespace Hadath.Web.Api;

internal static class Paging
{
    public const int MaxLimit = 200;

    public static int Limit(int? limit, int fallback = 20) => Math.Clamp(limit ?? fallback, 1, MaxLimit);

    public static int Offset(int? offset) => Math.Max(0, offset ?? 0);

    /// <summary>The list shape every listing endpoint returns: <c>{"total": N, "items": [...]}</c>.</summary>
    public static object Items<T>(Page<T> page) => new { page.Total, page.Items };
}
