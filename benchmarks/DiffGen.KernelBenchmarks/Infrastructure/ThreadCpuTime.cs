using System;
using System.Runtime.InteropServices;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// This thread's processor time, for timing on a machine other work shares: time the thread spends descheduled is not
/// counted, so a load average of 30 moves it far less than wall time. Linux only (<c>CLOCK_THREAD_CPUTIME_ID</c>).
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>This thread's processor time so far, in nanoseconds.</summary>
    /// <returns>Nanoseconds of processor time.</returns>
    /// <exception cref="InvalidOperationException">The clock cannot be read (not Linux).</exception>
    public static double Nanoseconds()
    {
        if (clock_gettime(ClockThreadCpuTime, out TimeSpec t) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: this mode needs Linux.");
        }

        return (t.Seconds * 1e9) + t.Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
