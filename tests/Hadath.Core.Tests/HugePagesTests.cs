using System.Runtime.InteropServices;

namespace Hadath.Core.Tests;

public class HugePagesTests
{
    // Lines as /proc/self/maps writes them: a file mapping, the GC's reservation split by what it committed, a gap,
    // and another anonymous mapping.
    private static readonly string[] Maps =
    [
        "55d0c0000000-55d0c0100000 r-xp 00000000 fe:00 1234                       /usr/bin/dotnet",
        "7f0c62200000-7f0c62a00000 rw-p 00000000 00:00 0 ",
        "7f0c62a00000-7f0c63000000 ---p 00000000 00:00 0",
        "7f0c63000000-7f0c65000000 rw-p 00000000 00:00 0",
        "7f0c65000000-7f0c65100000 r--s 00000000 fe:00 5325397                    /work/bin/Hadath.Arabic.dll",
        "7f0c66000000-7f0c67000000 rw-p 00000000 00:00 0",
        "7ffd1a000000-7ffd1a021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void HeapRange_is_the_run_of_adjacent_anonymous_mappings_that_holds_the_address()
    {
        var range = HugePages.HeapRange(Maps, 0x7f0c62a00010UL);
        Assert.Equal((0x7f0c62200000UL, 0x7f0c65000000UL), range);
    }

    [Fact]
    public void HeapRange_stops_at_a_file_mapping_and_at_a_gap()
    {
        // After the file mapping, the next anonymous mapping starts a run of its own.
        Assert.Equal((0x7f0c66000000UL, 0x7f0c67000000UL), HugePages.HeapRange(Maps, 0x7f0c66000000UL));
    }

    [Fact]
    public void HeapRange_is_null_for_an_address_in_a_file_mapping_a_named_mapping_or_none()
    {
        Assert.Null(HugePages.HeapRange(Maps, 0x55d0c0000100UL));
        Assert.Null(HugePages.HeapRange(Maps, 0x7f0c65000100UL));
        Assert.Null(HugePages.HeapRange(Maps, 0x7ffd1a000100UL));
        Assert.Null(HugePages.HeapRange(Maps, 0x7f0c65800000UL));
        Assert.Null(HugePages.HeapRange(["not a maps line", ""], 0x10UL));
    }

    [Fact]
    public void AdviseManagedHeap_marks_the_mapping_of_a_managed_array_where_the_host_gives_huge_pages_on_request()
    {
        var outcome = HugePages.AdviseManagedHeap();
        Assert.Same(outcome, HugePages.AdviseManagedHeap());
        string? mode = OperatingSystem.IsLinux() && File.Exists("/sys/kernel/mm/transparent_hugepage/enabled")
            ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled")
            : null;
        if (mode is null || !mode.Contains("[madvise]") || Environment.GetEnvironmentVariable(HugePages.SwitchVariable) == "0")
        {
            // Where the kernel decides alone (always, never) or there is none, nothing is marked, and the outcome says why.
            Assert.False(outcome.Applied);
            Assert.False(string.IsNullOrEmpty(outcome.Detail));
            Assert.False(HugePages.Readvise());
            return;
        }
        Assert.True(outcome.Applied, outcome.Detail);
        Assert.True(HugePages.Readvise());
        Assert.True(outcome.Bytes >= 2 * 1024 * 1024, outcome.Detail);
        // An array allocated after the call, in the large-object heap, lies in a mapping the kernel lists with the hg flag.
        var array = new byte[4 * 1024 * 1024];
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            ulong address = (ulong)handle.AddrOfPinnedObject();
            Assert.Contains("hg", VmFlagsOf(address));
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The VmFlags of the mapping of /proc/self/smaps that holds <paramref name="address"/>.</summary>
    private static string[] VmFlagsOf(ulong address)
    {
        bool inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-');
            int space = line.IndexOf(' ');
            if (dash > 0 && space > dash && char.IsAsciiHexDigit(line[0]) &&
                ulong.TryParse(line.AsSpan(0, dash), System.Globalization.NumberStyles.HexNumber, null, out ulong start) &&
                ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), System.Globalization.NumberStyles.HexNumber, null, out ulong end))
            {
                inside = start <= address && address < end;
                continue;
            }
            if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal)) return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return [];
    }
}
