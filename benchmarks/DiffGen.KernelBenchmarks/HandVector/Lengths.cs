using System;

namespace DiffGen.KernelBenchmarks.HandVector;

/// <summary>The length check every hand-written and composed kernel makes before it touches memory unchecked.</summary>
internal static class Lengths
{
    /// <summary>Throws unless the output has the input's length.</summary>
    public static void Require(int input, int output)
    {
        if (output != input)
        {
            throw new ArgumentException("The output span must have the input's length.");
        }
    }

    /// <summary>Throws unless the two inputs and the output have one length.</summary>
    public static void Require(int input, int seed, int output)
    {
        if (seed != input || output != input)
        {
            throw new ArgumentException("All spans must have the same length.");
        }
    }
}
