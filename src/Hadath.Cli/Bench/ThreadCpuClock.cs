using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Hadath.Cli.Bench;

/// <summary>
/// CPU seconds consumed by the calling thread (Linux <c>getrusage(RUSAGE_THREAD)</c>, microsecond resolution), so a
/// benchmark on a shared machine counts only its own work; elsewhere the process's CPU time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int RusageThread = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then 14 longs of which the fifth is the minor page faults
    /// (144 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public TimeValue User;
        public TimeValue System;
        public long MaxResidentKilobytes;
        public long SharedText;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
    }

    /// <summary>The calling thread's kernel seconds and minor page faults so far (first writes to fresh memory are
    /// most of both in a benchmark); zeros where the clock is not per thread.</summary>
    public static (double KernelSeconds, long PageFaults) Kernel()
    {
        if (IsPerThread && GetResourceUsage(RusageThread, out var usage) == 0)
        {
            return (usage.System.Seconds + usage.System.Microseconds / 1e6, usage.MinorFaults);
        }
        return (0, 0);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>True when the clock is per thread; false when it falls back to the whole process.</summary>
    public static bool IsPerThread { get; } = Probe();

    public static double Seconds()
    {
        if (IsPerThread && GetResourceUsage(RusageThread, out var usage) == 0)
        {
            return usage.User.Seconds + usage.System.Seconds + (usage.User.Microseconds + usage.System.Microseconds) / 1e6;
        }
        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8) return false;
        try
        {
            return GetResourceUsage(RusageThread, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
