using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;

namespace DiffGen.Trainer.Nn;

/// <summary>
/// Dense matrix multiply <c>C = A·B</c> on row-major float matrices: a register-blocked micro-kernel
/// (4 rows × 16 columns of C held in eight 256-bit accumulators across the whole k loop, so each loaded
/// row chunk of B feeds eight fused multiply-adds), split over the cores by row blocks when the product is large.
/// Each element of C is summed by one thread in a fixed order, so results do not depend on the thread count.
/// </summary>
public static class Gemm
{
    /// <summary>Below this many multiply-adds a product runs on one thread (the fork costs more than it saves).</summary>
    private const long ParallelThreshold = 1L << 18;

    private const int RowBlock = 4;

    /// <summary>Computes <c>C = A·B</c>, overwriting C.</summary>
    /// <param name="a">M × K.</param>
    /// <param name="b">K × N.</param>
    /// <param name="c">M × N; must not overlap A or B.</param>
    /// <param name="m">Rows of A and C.</param>
    /// <param name="k">Columns of A, rows of B.</param>
    /// <param name="n">Columns of B and C.</param>
    public static void Multiply(float[] a, float[] b, float[] c, int m, int k, int n)
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n)
        {
            throw new ArgumentException("A matrix is smaller than its stated dimensions.");
        }

        int blocks = (m + RowBlock - 1) / RowBlock;
        int threads = Math.Min(Environment.ProcessorCount, blocks);
        if (threads <= 1 || (long)m * k * n < ParallelThreshold)
        {
            MultiplyRows(a, b, c, 0, m, k, n);
            return;
        }

        Parallel.For(0, threads, t =>
        {
            int first = (int)((long)blocks * t / threads) * RowBlock;
            int last = Math.Min(m, (int)((long)blocks * (t + 1) / threads) * RowBlock);
            MultiplyRows(a, b, c, first, last, k, n);
        });
    }

    /// <summary>Writes the transpose of <paramref name="source"/> (rows × cols) into <paramref name="target"/> (cols × rows).</summary>
    /// <param name="source">The matrix.</param>
    /// <param name="target">Receives its transpose.</param>
    /// <param name="rows">Rows of the source.</param>
    /// <param name="cols">Columns of the source.</param>
    public static void Transpose(ReadOnlySpan<float> source, Span<float> target, int rows, int cols)
    {
        // Tiles keep both the reads and the writes within a few cache lines.
        const int Tile = 16;
        for (int r0 = 0; r0 < rows; r0 += Tile)
        {
            int r1 = Math.Min(rows, r0 + Tile);
            for (int c0 = 0; c0 < cols; c0 += Tile)
            {
                int c1 = Math.Min(cols, c0 + Tile);
                for (int r = r0; r < r1; r++)
                {
                    for (int c = c0; c < c1; c++)
                    {
                        target[(c * rows) + r] = source[(r * cols) + c];
                    }
                }
            }
        }
    }

    private static void MultiplyRows(float[] a, float[] b, float[] c, int rowStart, int rowEnd, int k, int n)
    {
        int i = rowStart;
        if (!Vector256.IsHardwareAccelerated)
        {
            // Emulated 256-bit vectors are slower than plain scalar code.
            for (; i < rowEnd; i++)
            {
                Tail(a, b, c, i, 0, k, n);
            }

            return;
        }

        for (; i + RowBlock <= rowEnd; i += RowBlock)
        {
            int j = 0;
            for (; j + 16 <= n; j += 16)
            {
                Kernel4x16(a, b, c, i, j, k, n);
            }

            for (int r = i; r < i + RowBlock; r++)
            {
                Tail(a, b, c, r, j, k, n);
            }
        }

        for (; i < rowEnd; i++)
        {
            Tail(a, b, c, i, 0, k, n);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel4x16(float[] a, float[] b, float[] c, int i, int j, int k, int n)
    {
        ref float aRef = ref MemoryMarshal.GetArrayDataReference(a);
        ref float bRef = ref MemoryMarshal.GetArrayDataReference(b);
        ref float a0 = ref Unsafe.Add(ref aRef, i * k);
        ref float a1 = ref Unsafe.Add(ref a0, k);
        ref float a2 = ref Unsafe.Add(ref a1, k);
        ref float a3 = ref Unsafe.Add(ref a2, k);
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default;
        Vector256<float> c20 = default, c21 = default, c30 = default, c31 = default;
        for (int p = 0; p < k; p++)
        {
            ref float bRow = ref Unsafe.Add(ref bRef, (p * n) + j);
            Vector256<float> b0 = Vector256.LoadUnsafe(ref bRow);
            Vector256<float> b1 = Vector256.LoadUnsafe(ref bRow, 8);
            Vector256<float> x = Vector256.Create(Unsafe.Add(ref a0, p));
            c00 = Vector256.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x, b1, c01);
            x = Vector256.Create(Unsafe.Add(ref a1, p));
            c10 = Vector256.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x, b1, c11);
            x = Vector256.Create(Unsafe.Add(ref a2, p));
            c20 = Vector256.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x, b1, c21);
            x = Vector256.Create(Unsafe.Add(ref a3, p));
            c30 = Vector256.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x, b1, c31);
        }

        ref float cRow = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(c), (i * n) + j);
        c00.StoreUnsafe(ref cRow);
        c01.StoreUnsafe(ref cRow, 8);
        cRow = ref Unsafe.Add(ref cRow, n);
        c10.StoreUnsafe(ref cRow);
        c11.StoreUnsafe(ref cRow, 8);
        cRow = ref Unsafe.Add(ref cRow, n);
        c20.StoreUnsafe(ref cRow);
        c21.StoreUnsafe(ref cRow, 8);
        cRow = ref Unsafe.Add(ref cRow, n);
        c30.StoreUnsafe(ref cRow);
        c31.StoreUnsafe(ref cRow, 8);
    }

    /// <summary>Row <paramref name="i"/>, columns from <paramref name="j0"/> on: the narrow leftovers of the blocked kernel.</summary>
    private static void Tail(float[] a, float[] b, float[] c, int i, int j0, int k, int n)
    {
        if (j0 >= n)
        {
            return;
        }

        Span<float> row = c.AsSpan((i * n) + j0, n - j0);
        row.Clear();
        for (int p = 0; p < k; p++)
        {
            float x = a[(i * k) + p];
            ReadOnlySpan<float> bRow = b.AsSpan((p * n) + j0, n - j0);
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = MathF.FusedMultiplyAdd(x, bRow[j], row[j]);
            }
        }
    }
}
