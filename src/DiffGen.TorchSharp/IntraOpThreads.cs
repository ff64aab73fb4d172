using System;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace DiffGen.TorchSharp;

/// <summary>
/// Runs work on torch's own intra-op threads where it can: libtorch's Linux CPU builds parallelize their
/// kernels with OpenMP (<c>at::parallel_for</c> is an <c>omp parallel</c> region), and this opens a region of the same
/// OpenMP runtime (<c>GOMP_parallel</c>, its entry point for <c>#pragma omp parallel</c>), so that the kernels run on
/// the very threads libtorch's operations use. Elsewhere (other systems, or no GNU-compatible OpenMP runtime among the
/// loaded libtorch_cpu's dependencies) the .NET thread pool runs the work.
/// </summary>
/// <remarks>
/// Why not the .NET thread pool everywhere: after each parallel libtorch operation its OpenMP workers keep spinning on
/// their cores for some milliseconds, waiting for the next region; a pool thread started on such a core shares it with
/// a spinning worker, and a region of torch's own team is picked up by that worker instead. The same threads, spinning
/// after our region, are then ready for libtorch's next operation rather than competing with .NET's pool threads.
/// </remarks>
internal static unsafe class IntraOpThreads
{
    /// <summary>
    /// <c>GOMP_parallel</c>, once looked up (<see cref="FindOpenMP"/>): null until libtorch is loaded, and where there
    /// is none.
    /// </summary>
    private static delegate* unmanaged<delegate* unmanaged<nint, void>, nint, uint, uint, void> openMP;

    /// <summary>Whether <see cref="openMP"/> is final: libtorch_cpu was loaded when it was looked up, or it never will be.</summary>
    private static volatile bool lookedUp;

    /// <summary><c>void GOMP_parallel(void (*fn)(void *), void *data, unsigned num_threads, unsigned flags)</c>, or null.</summary>
    private static delegate* unmanaged<delegate* unmanaged<nint, void>, nint, uint, uint, void> Parallel
    {
        get
        {
            if (!lookedUp)
            {
                // Looked up again until libtorch is loaded, so that a call before any tensor exists settles nothing.
                openMP = FindOpenMP(out bool final);
                lookedUp = final;
            }

            return openMP;
        }
    }

    /// <summary>Whether torch's OpenMP runtime was found (else <see cref="For"/> uses the .NET thread pool).</summary>
    internal static bool HasOpenMP => Parallel != null;

    /// <summary>
    /// Whether <see cref="For"/> uses torch's OpenMP threads when it has them (true unless a benchmark or a test turns it
    /// off to compare the two).
    /// </summary>
    internal static bool UseOpenMP { get; set; } = true;

    /// <summary>
    /// Calls <paramref name="body"/> once for each index of <c>[0, count)</c>, on at most <paramref name="threads"/>
    /// threads (the calling thread one of them); the threads claim indices one at a time, so a thread held up by another
    /// process costs at most the index it holds. Returns when all have run; rethrows the first exception of any.
    /// </summary>
    public static void For(int count, int threads, Action<int> body)
    {
        threads = Math.Min(threads, count);
        if (threads <= 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        var work = new Work(count, body);
        if (Parallel != null && UseOpenMP)
        {
            GCHandle handle = GCHandle.Alloc(work);
            try
            {
                Parallel(&Run, GCHandle.ToIntPtr(handle), (uint)threads, 0);
            }
            finally
            {
                handle.Free();
            }
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => work.Run());
        }

        work.Failure?.Throw();
    }

    /// <summary>What each thread of the OpenMP team runs: the <see cref="Work"/> behind <paramref name="data"/>.</summary>
    [UnmanagedCallersOnly]
    private static void Run(nint data) => ((Work)GCHandle.FromIntPtr(data).Target!).Run();

    /// <summary>
    /// <c>GOMP_parallel</c> of the OpenMP runtime libtorch_cpu was linked with (libgomp, which PyTorch's builds bundle
    /// under a hashed name such as <c>libgomp-98b21ff3.so.1</c>), looked up through the already loaded libtorch_cpu's
    /// own dependencies, so never a second copy of the runtime; null where there is none.
    /// </summary>
    private static delegate* unmanaged<delegate* unmanaged<nint, void>, nint, uint, uint, void> FindOpenMP(out bool final) =>
        (delegate* unmanaged<delegate* unmanaged<nint, void>, nint, uint, uint, void>)LoadedLibTorch.Find("GOMP_parallel", out final);

    /// <summary>One call's indices, the next one to claim, and the first failure.</summary>
    private sealed class Work(int count, Action<int> body)
    {
        private int next = -1;

        public ExceptionDispatchInfo? Failure { get; private set; }

        /// <summary>Claims and runs indices until none is left; an exception is kept, never thrown into native code.</summary>
        public void Run()
        {
            try
            {
                for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    body(i);
                }
            }
            catch (Exception e)
            {
                // The other threads stop claiming; the caller rethrows the first failure.
                Interlocked.Exchange(ref next, count);
                lock (this)
                {
                    Failure ??= ExceptionDispatchInfo.Capture(e);
                }
            }
        }
    }
}
