using System;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>Iteration counts of the property tests.</summary>
/// <remarks>
/// The defaults keep each property to a few seconds. For a longer soak run set DIFFGEN_PROPERTY_SCALE
/// (a multiplier, e.g. 50). To reproduce a failure, pass the seed CsCheck printed to Sample's seed argument
/// or set the CsCheck_Seed environment variable.
/// </remarks>
internal static class PropertySettings
{
    /// <summary><paramref name="defaultIterations"/> times the DIFFGEN_PROPERTY_SCALE multiplier.</summary>
    public static long Iterations(long defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("DIFFGEN_PROPERTY_SCALE"), out int scale) && scale > 0
            ? defaultIterations * scale
            : defaultIterations;
}
