namespace Hadath.Extraction.Text;

/// <summary>
/// One empty list per element type, which the finders hand out for the many sentences with no hit instead of making a
/// new list each time. Callers only read it; one that added to it would hand its items to every sentence on every
/// thread, so it is checked each time it is handed out.
/// </summary>
internal static class SharedEmptyList<T>
{
    private static readonly List<T> Empty = [];

    public static List<T> Get() =>
        Empty.Count == 0 ? Empty : throw new InvalidOperationException($"The shared empty list of {typeof(T).Name} was modified.");

    /// <summary>Whether <paramref name="list"/> is the shared one (public methods give their callers a list of their own).</summary>
    public static bool Is(List<T> list) => ReferenceEquals(list, Empty);
}
