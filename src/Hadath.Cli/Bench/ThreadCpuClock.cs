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

    /// <summary>struct rusage on 64-bit Linux: two timevals, then 14 longs this clock does not read (144 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public TimeValue User;
        public TimeValue System;
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
