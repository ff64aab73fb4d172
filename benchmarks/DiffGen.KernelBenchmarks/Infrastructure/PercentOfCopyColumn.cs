using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// The kernel's speed as a percentage of the Copy baseline's for the same size and direction (baseline time / time):
/// 100% means the kernel runs at the memory-traffic floor; a compute-bound kernel shows how far above it is.
/// </summary>
public sealed class PercentOfCopyColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(PercentOfCopyColumn);

    /// <inheritdoc/>
    public string ColumnName => "% of copy";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 1;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Copy's mean / this mean, for the same N and Direction (100% = as fast as moving the bytes)";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkCase? baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? baselineMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        return mean is double m && baselineMean is double b && m > 0
            ? (100 * b / m).ToString("F0", CultureInfo.InvariantCulture) + "%"
            : "NA";
    }
}
