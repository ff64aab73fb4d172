using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DiffGen.KernelBenchmarks.Infrastructure;

/// <summary>
/// Bytes that the kernel must move per second: 8 bytes per element forward (read x, write y), 12 backward (read x
/// and dy, write dx). Temporaries (TensorPrimitives) and write-allocate traffic are not counted, so this is the
/// useful bandwidth, comparable across implementations.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>The bytes one element costs in <paramref name="direction"/>.</summary>
    public static int BytesPerElement(Direction direction) => direction == Direction.Forward ? 8 : 12;

    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc/>
    public string ColumnName => "GB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Useful bytes moved per second (forward 8 B/element, backward 12 B/element), in 10^9 B/s";

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
        if (nanoseconds is not double ns || ns <= 0)
        {
            return "NA";
        }

        var n = (int)benchmarkCase.Parameters["N"];
        var direction = (Direction)benchmarkCase.Parameters["Direction"];
        return ((double)n * BytesPerElement(direction) / ns).ToString("F1", CultureInfo.InvariantCulture);
    }
}
