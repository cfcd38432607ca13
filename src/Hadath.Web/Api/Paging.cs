namespace Hadath.Web.Api;

internal static class Paging
{
    public const int MaxLimit = 200;

    public static int Limit(int? limit, int fallback = 20) => Math.Clamp(limit ?? fallback, 1, MaxLimit);

    public static int Offset(int? offset) => Math.Max(0, offset ?? 0);
}
