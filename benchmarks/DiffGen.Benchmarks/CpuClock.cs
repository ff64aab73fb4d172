using System;
using System.Runtime.InteropServices;

namespace DiffGen.Benchmarks;

/// <summary>
/// Processor time of the whole process and of the calling thread, for the modes that time on a machine other work
/// shares (time spent descheduled is not counted). Linux only (<c>clock_gettime</c>).
/// </summary>
internal static class CpuClock
{
    private const int ProcessClock = 2, ThreadClock = 3;

    /// <summary>The whole process's processor time so far (<c>CLOCK_PROCESS_CPUTIME_ID</c>), in nanoseconds.</summary>
    /// <returns>Nanoseconds of processor time.</returns>
    public static long ProcessNanoseconds() => Read(ProcessClock);

    /// <summary>The calling thread's processor time so far (<c>CLOCK_THREAD_CPUTIME_ID</c>), in nanoseconds.</summary>
    /// <returns>Nanoseconds of processor time.</returns>
    public static long ThreadNanoseconds() => Read(ThreadClock);

    private static long Read(int clock)
    {
        if (ClockGetTime(clock, out TimeSpec t) != 0)
        {
            throw new InvalidOperationException($"clock_gettime({clock}) failed: the processor-time modes need Linux.");
        }

        return (t.Seconds * 1_000_000_000) + t.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
