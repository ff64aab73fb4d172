using System;
using System.Linq;
using System.Threading;
using TorchSharp;
using Xunit;

namespace DiffGen.TorchSharp.Tests;

/// <summary>
/// The kernels' thread split runs on torch's own OpenMP threads where libtorch has them (Linux), else on the .NET thread
/// pool; either way every index runs once, in parallel, and a failure reaches the caller instead of ending the process.
/// </summary>
public sealed class IntraOpThreadsTests
{
    public IntraOpThreadsTests()
    {
        // The OpenMP runtime is looked up among the loaded libtorch's dependencies: load it first.
        torch.zeros(1).Dispose();
    }

    [Fact]
    public void On_linux_the_split_finds_the_OpenMP_runtime_libtorch_uses()
    {
        Assert.True(!OperatingSystem.IsLinux() || IntraOpThreads.HasOpenMP);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Two_indices_run_at_once_on_two_threads(bool useOpenMP)
    {
        // Each index waits for the other: only two threads running at once get past the barrier.
        using var barrier = new Barrier(2);
        var met = new bool[2];
        var poolThread = new bool[2];
        int caller = Environment.CurrentManagedThreadId;
        var threadIds = new int[2];
        WithOpenMP(useOpenMP, () => IntraOpThreads.For(2, 2, i =>
        {
            met[i] = barrier.SignalAndWait(TimeSpan.FromSeconds(30));
            threadIds[i] = Environment.CurrentManagedThreadId;
            poolThread[i] = Thread.CurrentThread.IsThreadPoolThread;
        }));

        Assert.Equal(new[] { true, true }, met);
        Assert.NotEqual(threadIds[0], threadIds[1]);
        if (useOpenMP && IntraOpThreads.HasOpenMP)
        {
            // The other thread is one of torch's OpenMP workers, not a .NET pool thread.
            int other = threadIds[0] == caller ? 1 : 0;
            Assert.False(poolThread[other]);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_index_runs_exactly_once_when_there_are_more_indices_than_threads(bool useOpenMP)
    {
        var runs = new int[1000];
        WithOpenMP(useOpenMP, () => IntraOpThreads.For(runs.Length, 2, i => Interlocked.Increment(ref runs[i])));
        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_exception_on_any_thread_reaches_the_caller(bool useOpenMP)
    {
        var e = Assert.Throws<InvalidOperationException>(() => WithOpenMP(useOpenMP, () => IntraOpThreads.For(64, 2, i =>
        {
            Thread.Sleep(1);
            if (i == 33)
            {
                throw new InvalidOperationException("index 33");
            }
        })));
        Assert.Equal("index 33", e.Message);

        // The team is usable afterwards.
        var runs = new int[10];
        WithOpenMP(useOpenMP, () => IntraOpThreads.For(runs.Length, 2, i => Interlocked.Increment(ref runs[i])));
        Assert.Equal(Enumerable.Repeat(1, 10), runs);
    }

    /// <summary>Runs <paramref name="body"/> with the OpenMP split on or off, restoring it after.</summary>
    internal static void WithOpenMP(bool useOpenMP, Action body) => WithOpenMP(useOpenMP, () =>
    {
        body();
        return 0;
    });

    /// <summary>Runs <paramref name="body"/> with the OpenMP split on or off, restoring it after; returns its result.</summary>
    internal static TResult WithOpenMP<TResult>(bool useOpenMP, Func<TResult> body)
    {
        bool was = IntraOpThreads.UseOpenMP;
        IntraOpThreads.UseOpenMP = useOpenMP;
        try
        {
            return body();
        }
        finally
        {
            IntraOpThreads.UseOpenMP = was;
        }
    }
}
