namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>Which kernel a benchmark case runs.</summary>
public enum Direction
{
    /// <summary>y = f(x): reads 4 bytes and writes 4 bytes per element.</summary>
    Forward,

    /// <summary>dx = dy · f'(x): reads 8 bytes and writes 4 bytes per element.</summary>
    Backward,
}
