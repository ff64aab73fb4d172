using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DiffGen.Benchmarks;

/// <summary>The mean time divided by the number of [Differentiable] methods in the corpus: the figure the 1 ms goal is about.</summary>
public sealed class PerMethodColumn : IColumn
{
    private readonly int methods;

    /// <summary>A column for a corpus of <paramref name="methods"/> methods.</summary>
    public PerMethodColumn(int methods) => this.methods = methods;

    /// <inheritdoc/>
    public string Id => nameof(PerMethodColumn);

    /// <inheritdoc/>
    public string ColumnName => "Mean per method";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Statistics;

    /// <inheritdoc/>
    public int PriorityInCategory => 10;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Time;

    /// <inheritdoc/>
    public string Legend => $"Mean / {methods} (the number of [Differentiable] methods in the corpus)";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return nanoseconds is double ns
            ? (ns / methods / 1000).ToString("N1", CultureInfo.InvariantCulture) + " μs"
            : "NA";
    }
}
