using System;
using System.ComponentModel;

namespace DiffGen;

/// <summary>Checks used by the generated span kernels. Not meant to be called directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SpanLengths
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> (with <paramref name="name"/> as its parameter name) when a span's length
    /// differs from the first span's: every span of a kernel call must have the same length.
    /// </summary>
    /// <param name="length">The checked span's length.</param>
    /// <param name="name">The checked span's parameter name.</param>
    /// <param name="firstLength">The first span's length.</param>
    /// <param name="firstName">The first span's parameter name.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static void Require(int length, string name, int firstLength, string firstName)
    {
        if (length != firstLength)
        {
            throw new ArgumentException($"Span '{name}' has length {length} but '{firstName}' has length {firstLength}; all spans must have the same length.", name);
        }
    }
}
