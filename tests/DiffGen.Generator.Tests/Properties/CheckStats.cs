namespace DiffGen.Generator.Tests.Properties;

/// <summary>Counts what a property run actually compared, so a run that skips everything fails instead of passing vacuously.</summary>
internal sealed class CheckStats
{
    /// <summary>Functions generated and compiled.</summary>
    public int Functions { get; set; }

    /// <summary>Points where the derivative was compared with the oracle.</summary>
    public int Compared { get; set; }

    /// <summary>Points where the generated derivative was also compared with converged finite differences.</summary>
    public int FiniteDifferenceChecks { get; set; }

    /// <summary>Points skipped: not defined, not smooth, or too close to a kink.</summary>
    public int Skipped { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Functions} functions, {Compared} points compared, {FiniteDifferenceChecks} finite-difference checks, {Skipped} points skipped";
}
