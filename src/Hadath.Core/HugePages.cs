using System.Globalization;
using System.Runtime.InteropServices;

namespace Hadath.Core;

/// <summary>
/// Asks Linux for transparent huge pages (2 MB) under the managed heap. The tagger, the segmenter and the rule stages
/// look words up in tables of tens of megabytes at random places; with 4 KB pages nearly every such read also misses
/// the TLB, which maps only a few megabytes. Most distributions (Debian among them) give huge pages only to memory a
/// process marks with <c>madvise(MADV_HUGEPAGE)</c>, and .NET marks none (its own large-page setting needs a
/// hugetlbfs pool an administrator sets aside). The JVM's <c>-XX:+UseTransparentHugePages</c> does the same.
/// <para>
/// The GC reserves its whole heap as one range of virtual memory when the runtime starts and commits pieces of it as
/// it goes; this marks every mapping of that range (found through an object's address in <c>/proc/self/maps</c>), so
/// what is committed later, the models' tables included, is backed by huge pages when the kernel has them. Call it once,
/// first thing, before the models load. It changes no result, only how fast it comes; anywhere it cannot apply (not
/// Linux, huge pages off or already always on, a kernel that refuses) it does nothing and says why.
/// </para>
/// </summary>
public static class HugePages
{
    private const int MadvHugePage = 14;

    /// <summary>The environment variable that turns it off (<c>HADATH_HUGE_PAGES=0</c>).</summary>
    public const string SwitchVariable = "HADATH_HUGE_PAGES";

    /// <summary>What <see cref="AdviseManagedHeap"/> did.</summary>
    public sealed record Outcome(bool Applied, string Detail, long Bytes = 0);

    private static Outcome? s_outcome;

    /// <summary>What the first call of <see cref="AdviseManagedHeap"/> did (null before it).</summary>
    public static Outcome? Last => s_outcome;

    /// <summary>Marks the managed heap's range for transparent huge pages (once per process; later calls return the first outcome).</summary>
    public static Outcome AdviseManagedHeap()
    {
        if (s_outcome is not null) return s_outcome;
        return s_outcome = Advise();
    }

    /// <summary>
    /// Marks the heap range again, when <see cref="AdviseManagedHeap"/> did: the GC gives memory it no longer needs back
    /// to the system by mapping it anew, and a new mapping has lost the mark. For a caller that has just made the GC
    /// give back much (a forced collection) and will allocate large tables next. Returns whether it marked the range.
    /// </summary>
    public static bool Readvise() => s_outcome is { Applied: true } && Advise().Applied;

    private static Outcome Advise()
    {
        if (Environment.GetEnvironmentVariable(SwitchVariable) == "0") return new(false, $"off ({SwitchVariable}=0)");
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8) return new(false, "not 64-bit Linux");
        string mode;
        try
        {
            mode = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(false, "the kernel has no transparent huge pages");
        }
        if (mode.Contains("[never]", StringComparison.Ordinal)) return new(false, "transparent huge pages are off on this host");
        if (mode.Contains("[always]", StringComparison.Ordinal)) return new(false, "transparent huge pages are always on on this host");
        var probe = new byte[1];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        ulong address;
        try
        {
            address = (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
        try
        {
            if (HeapRange(File.ReadLines("/proc/self/maps"), address) is not { } range) return new(false, "the heap's mapping was not found");
            ulong length = range.End - range.Start;
            if (madvise((nint)range.Start, (nuint)length, MadvHugePage) != 0)
            {
                return new(false, $"madvise refused ({Marshal.GetLastPInvokeErrorMessage()})");
            }
            return new(true, $"{length / (1024 * 1024):N0} MB of heap range marked for huge pages", (long)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // A speed-up only: without /proc or the C library's madvise, the program runs as it would without it.
            return new(false, $"not available here ({e.GetType().Name})");
        }
    }

    /// <summary>
    /// The run of adjacent anonymous mappings (no file) in <paramref name="maps"/> (lines of <c>/proc/self/maps</c>) that
    /// holds <paramref name="address"/>: the GC's reservation, split into mappings by what it has committed. Null when no
    /// anonymous mapping holds it.
    /// </summary>
    public static (ulong Start, ulong End)? HeapRange(IEnumerable<string> maps, ulong address)
    {
        ulong runStart = 0, runEnd = 0;
        bool holds = false;
        foreach (var line in maps)
        {
            if (Parse(line) is not { } mapping) continue;
            bool anonymous = mapping.Anonymous;
            if (anonymous && runEnd == mapping.Start && runEnd != 0)
            {
                runEnd = mapping.End;
            }
            else
            {
                if (holds) break;
                (runStart, runEnd) = anonymous ? (mapping.Start, mapping.End) : (0UL, 0UL);
            }
            if (anonymous && mapping.Start <= address && address < mapping.End) holds = true;
        }
        return holds ? (runStart, runEnd) : null;
    }

    private static (ulong Start, ulong End, bool Anonymous)? Parse(string line)
    {
        // start-end perms offset dev inode [path]
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5) return null;
        int dash = fields[0].IndexOf('-');
        if (dash <= 0
            || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong start)
            || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out ulong end))
        {
            return null;
        }
        bool anonymous = fields[4] == "0" && (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]));
        return (start, end, anonymous);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint address, nuint length, int advice);
}
