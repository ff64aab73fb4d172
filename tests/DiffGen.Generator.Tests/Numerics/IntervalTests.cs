using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Xunit;

namespace DiffGen.Generator.Tests.Numerics;

/// <summary>
/// The interval arithmetic behind DIFF005/DIFF006 (<see cref="Interval"/>), in memory (run for every mutant by
/// tools/mutation/run.sh): each operation on worked cases with open and closed ends, and a sweep over intervals with
/// zero, negative, positive and infinite ends against the oracle of sampling: every sampled value of the operation is
/// inside the result (soundness), the result's finite ends are the extremes of the samples (tightness), and an end
/// is closed exactly when a sample attains it.
/// </summary>
public sealed class IntervalTests
{
    private static readonly double Inf = double.PositiveInfinity;

    [Fact]
    public void Construction_normalizes_NaN_and_infinite_ends()
    {
        Assert.Equal("(-∞, ∞)", Show(new Interval(double.NaN, double.NaN)));
        Assert.Equal("(-∞, 2]", Show(new Interval(double.NaN, 2)));
        Assert.Equal("[2, ∞)", Show(new Interval(2, double.NaN)));
        Assert.Equal("(-∞, ∞)", Show(Interval.All));
        Assert.Equal("[3, 3]", Show(Interval.Point(3)));
        Assert.Equal("(1, ∞)", Show(Interval.Above(1, inclusive: false)));
        Assert.Equal("[1, ∞)", Show(Interval.Above(1, inclusive: true)));
        Assert.Equal("(-∞, 1)", Show(Interval.Below(1, inclusive: false)));
        Assert.Equal("(-∞, 1]", Show(Interval.Below(1, inclusive: true)));
        Assert.Equal("(1, 2]", Show(new Interval(1, 2, loOpen: true)));
        Assert.Equal("[1, 2)", Show(new Interval(1, 2, hiOpen: true)));
    }

    [Fact]
    public void ToString_writes_round_trip_ends_and_brackets()
    {
        Assert.Equal("(0.1, 2.5]", new Interval(0.1, 2.5, loOpen: true).ToString());
        Assert.Equal("[-1E-300, Infinity)", new Interval(-1e-300, Inf).ToString());
        Assert.Equal("[0.30000000000000004, 0.30000000000000004]", Interval.Point(0.1 + 0.2).ToString());
    }

    [Fact]
    public void Emptiness_and_membership_respect_open_ends()
    {
        Assert.False(new Interval(1, 2).IsEmpty);
        Assert.False(Interval.Point(1).IsEmpty);
        Assert.True(new Interval(2, 1).IsEmpty);
        Assert.True(new Interval(1, 1, loOpen: true).IsEmpty);
        Assert.True(new Interval(1, 1, hiOpen: true).IsEmpty);
        Assert.False(new Interval(1, 1.0000001, loOpen: true, hiOpen: true).IsEmpty);

        var closed = new Interval(1, 2);
        var open = new Interval(1, 2, true, true);
        Assert.True(closed.Contains(1));
        Assert.True(closed.Contains(2));
        Assert.True(closed.Contains(1.5));
        Assert.False(closed.Contains(0.999));
        Assert.False(closed.Contains(2.001));
        Assert.False(open.Contains(1));
        Assert.False(open.Contains(2));
        Assert.True(open.Contains(1.5));
        Assert.False(open.Contains(double.NaN));
        Assert.True(new Interval(1, 2, loOpen: true).Contains(2));
        Assert.True(new Interval(1, 2, hiOpen: true).Contains(1));
        Assert.True(Interval.All.Contains(-1e308));
        Assert.False(Interval.All.Contains(Inf));
    }

    [Fact]
    public void Intersection_keeps_the_inner_ends_and_opens_shared_ones_when_either_is_open()
    {
        Assert.Equal("[2, 3]", Show(new Interval(1, 3).Intersect(new Interval(2, 4))));
        Assert.Equal("[2, 3]", Show(new Interval(2, 4).Intersect(new Interval(1, 3))));
        Assert.Equal("(2, 3)", Show(new Interval(1, 3, hiOpen: true).Intersect(new Interval(2, 4, loOpen: true))));
        Assert.Equal("(2, 3)", Show(new Interval(2, 4, loOpen: true).Intersect(new Interval(1, 3, hiOpen: true))));
        Assert.Equal("(1, 3)", Show(new Interval(1, 3, loOpen: true).Intersect(new Interval(1, 3, hiOpen: true))));
        Assert.Equal("(1, 3)", Show(new Interval(1, 3, hiOpen: true).Intersect(new Interval(1, 3, loOpen: true))));
        Assert.Equal("[1, 3]", Show(new Interval(1, 3).Intersect(new Interval(1, 3))));
        Assert.True(new Interval(0, 1).Intersect(new Interval(2, 3)).IsEmpty);
    }

    [Fact]
    public void Hull_keeps_the_outer_ends_and_closes_shared_ones_when_either_is_closed()
    {
        Assert.Equal("[1, 4]", Show(new Interval(1, 3).Hull(new Interval(2, 4))));
        Assert.Equal("[1, 4]", Show(new Interval(2, 4).Hull(new Interval(1, 3))));
        Assert.Equal("(1, 4)", Show(new Interval(1, 3, loOpen: true).Hull(new Interval(2, 4, hiOpen: true))));
        Assert.Equal("(1, 4)", Show(new Interval(2, 4, hiOpen: true).Hull(new Interval(1, 3, loOpen: true))));
        Assert.Equal("[1, 3]", Show(new Interval(1, 3, loOpen: true).Hull(new Interval(1, 3, hiOpen: true))));
        Assert.Equal("(1, 3)", Show(new Interval(1, 3, true, true).Hull(new Interval(1, 3, true, true))));
        Interval empty = new(2, 1);
        Assert.Equal("[5, 6)", Show(empty.Hull(new Interval(5, 6, hiOpen: true))));
        Assert.Equal("(5, 6]", Show(new Interval(5, 6, loOpen: true).Hull(empty)));
    }

    [Fact]
    public void Negation_addition_and_subtraction_move_the_ends()
    {
        Assert.Equal("(-3, -1]", Show(new Interval(1, 3, hiOpen: true).Negate()));
        Assert.Equal("[-3, -1)", Show(new Interval(1, 3, loOpen: true).Negate()));
        Assert.Equal("(4, 7]", Show(new Interval(1, 3, loOpen: true).Add(new Interval(3, 4))));
        Assert.Equal("[4, 7)", Show(new Interval(1, 3).Add(new Interval(3, 4, hiOpen: true))));
        Assert.Equal("(4, 7)", Show(new Interval(1, 3, hiOpen: true).Add(new Interval(3, 4, loOpen: true))));
        Assert.Equal("[-3, 0)", Show(new Interval(1, 3).Subtract(new Interval(3, 4, loOpen: true))));
        Assert.Equal("(-3, 0]", Show(new Interval(1, 3, loOpen: true).Subtract(new Interval(3, 4))));
    }

    [Fact]
    public void Products_take_the_extreme_corners_with_zero_times_infinity_as_zero()
    {
        Assert.Equal("[-8, 12]", Show(new Interval(-2, 3).Multiply(new Interval(-2, 4))));
        Assert.Equal("[3, 8]", Show(new Interval(1, 2).Multiply(new Interval(3, 4))));
        Assert.Equal("[-8, -3]", Show(new Interval(-2, -1).Multiply(new Interval(3, 4))));
        Assert.Equal("(3, 8)", Show(new Interval(1, 2, true, true).Multiply(new Interval(3, 4))));
        // A closed 0 attains 0 whatever the other factor's end: [0, 2]·(1, 3) = [0, 6).
        Assert.Equal("[0, 6)", Show(new Interval(0, 2).Multiply(new Interval(1, 3, true, true))));
        Assert.Equal("[0, 6)", Show(new Interval(1, 3, true, true).Multiply(new Interval(0, 2))));
        Assert.Equal("(0, 6)", Show(new Interval(0, 2, loOpen: true).Multiply(new Interval(1, 3, true, true))));
        // [0, ∞)·[0, ∞): 0·∞ is bounded by 0, attained at 0·0.
        Assert.Equal("[0, ∞)", Show(new Interval(0, Inf).Multiply(new Interval(0, Inf))));
        Assert.Equal("(-∞, 0]", Show(new Interval(0, Inf).Multiply(new Interval(-Inf, 0))));
        Assert.Equal("(-∞, ∞)", Show(new Interval(-1, 1).Multiply(Interval.All)));
        // The same value at two corners: closed wins over open.
        Assert.Equal("[-4, 4)", Show(new Interval(-2, 2, loOpen: true).Multiply(new Interval(-2, 2, hiOpen: true))));
        Assert.Equal("[-4, 4)", Show(new Interval(-2, 2, hiOpen: true).Multiply(new Interval(-2, 2, loOpen: true))));
        Assert.Equal("[-4, 4]", Show(new Interval(-2, 2).Multiply(new Interval(-2, 2, loOpen: true))));
        Interval empty = new(2, 1);
        Assert.Equal(Show(empty), Show(empty.Multiply(new Interval(1, 2))));
        Assert.Equal("[5, 6]", Show(new Interval(5, 6).Multiply(empty)));
    }

    [Fact]
    public void Absolute_values_and_squares_fold_the_negative_side()
    {
        Assert.Equal("[1, 3)", Show(new Interval(1, 3, hiOpen: true).Abs()));
        Assert.Equal("[0, 3)", Show(new Interval(0, 3, hiOpen: true).Abs()));
        Assert.Equal("(1, 3]", Show(new Interval(-3, -1, hiOpen: true).Abs()));
        Assert.Equal("[0, 3]", Show(new Interval(-3, 0).Abs()));
        Assert.Equal("[0, 3)", Show(new Interval(-3, 2, loOpen: true).Abs()));
        Assert.Equal("[0, 3]", Show(new Interval(-2, 3, true, false).Abs()));
        Assert.Equal("[0, 3)", Show(new Interval(-2, 3, false, true).Abs()));
        // |[-2, 2)| attains 2 at -2; |(-2, 2)| does not.
        Assert.Equal("[0, 2]", Show(new Interval(-2, 2, false, true).Abs()));
        Assert.Equal("[0, 2]", Show(new Interval(-2, 2, true, false).Abs()));
        Assert.Equal("[0, 2)", Show(new Interval(-2, 2, true, true).Abs()));
        Assert.Equal("[0, 9]", Show(new Interval(-3, 3, false, true).Square()));
        Assert.Equal("[0, 9]", Show(new Interval(-3, 2).Square()));
        Assert.Equal("(1, 9]", Show(new Interval(-3, -1, hiOpen: true).Square()));
    }

    [Fact]
    public void Reciprocals_are_everything_across_zero_and_invert_the_ends_otherwise()
    {
        Assert.Equal("[0.25, 0.5)", Show(new Interval(2, 4, loOpen: true).Reciprocal()));
        Assert.Equal("(0.25, 0.5]", Show(new Interval(2, 4, hiOpen: true).Reciprocal()));
        Assert.Equal("[-0.5, -0.25)", Show(new Interval(-4, -2, loOpen: true).Reciprocal()));
        Assert.Equal("[0.25, ∞)", Show(new Interval(0, 4, loOpen: true).Reciprocal()));
        Assert.Equal("(-∞, -0.25]", Show(new Interval(-4, 0, hiOpen: true).Reciprocal()));
        Assert.Equal("(0, 0.5]", Show(Interval.Above(2, inclusive: true).Reciprocal()));
        Assert.Equal("(-∞, ∞)", Show(new Interval(0, 4).Reciprocal()));
        Assert.Equal("(-∞, ∞)", Show(new Interval(-4, 0).Reciprocal()));
        Assert.Equal("(-∞, ∞)", Show(new Interval(-1, 1).Reciprocal()));
        Assert.Equal("(-∞, ∞)", Show(new Interval(2, 1).Reciprocal()));
        Assert.Equal("[0.5, 2]", Show(new Interval(1, 2).Divide(new Interval(1, 2))));
        Assert.Equal("(-∞, ∞)", Show(new Interval(1, 2).Divide(new Interval(-1, 2))));
    }

    [Fact]
    public void Monotone_images_keep_the_ends_and_their_openness()
    {
        Assert.Equal("(1, 8]", Show(new Interval(1, 2, loOpen: true).Increasing(v => v * v * v)));
        Assert.Equal("[1, 8)", Show(new Interval(1, 2, hiOpen: true).Increasing(v => v * v * v)));
    }

    [Fact]
    public void Equality_compares_ends_and_openness_and_equal_intervals_hash_alike()
    {
        var a = new Interval(1, 2, loOpen: true);
        Assert.True(a.Equals(new Interval(1, 2, loOpen: true)));
        Assert.True(a.Equals((object)new Interval(1, 2, loOpen: true)));
        Assert.False(a.Equals((object)"(1, 2]"));
        Assert.False(a.Equals(new Interval(1, 2)));
        Assert.False(a.Equals(new Interval(1, 2, true, true)));
        Assert.False(a.Equals(new Interval(0, 2, loOpen: true)));
        Assert.False(a.Equals(new Interval(1, 3, loOpen: true)));
        Assert.Equal(a.GetHashCode(), new Interval(1, 2, loOpen: true).GetHashCode());
        Assert.NotEqual(new Interval(1, 2).GetHashCode(), new Interval(2, 1).GetHashCode());
        Assert.NotEqual(new Interval(1, 2).GetHashCode(), new Interval(1, 3).GetHashCode());
    }

    [Fact]
    public void Hull_and_products_decide_ties_and_zero_ends_the_same_way_in_either_order()
    {
        // Equal ends: the hull's end is closed when either operand's is, whichever operand it is called on.
        foreach ((Interval a, Interval c, string expected) in new[]
        {
            (new Interval(1, 3, loOpen: true), new Interval(1, 3, hiOpen: true), "[1, 3]"),
            (new Interval(1, 3, loOpen: true), new Interval(1, 4, loOpen: true), "(1, 4]"),
            (new Interval(0, 3, hiOpen: true), new Interval(1, 3, hiOpen: true), "[0, 3)"),
            (new Interval(0, 3, hiOpen: true), new Interval(1, 3), "[0, 3]"),
        })
        {
            Assert.Equal(expected, Show(a.Hull(c)));
            Assert.Equal(expected, Show(c.Hull(a)));
        }

        // 0·∞ is bounded by 0: a point 0 times anything is [0, 0], not the empty set of NaN corners.
        Assert.Equal("[0, 0]", Show(Interval.Point(0).Multiply(Interval.All)));
        Assert.Equal("[0, 0]", Show(Interval.All.Multiply(Interval.Point(0))));
        Assert.Equal("[0, 0]", Show(Interval.Point(0).Multiply(Interval.Above(1, inclusive: true))));
        // A negated interval ends at -0, which is no number inside it: 1 / (-0, 4] is [0.25, ∞), as 1 / (0, 4].
        Interval minusZero = new Interval(-4, 0, hiOpen: true).Negate();
        Assert.False(minusZero.Contains(0));
        Assert.Equal("[0.25, ∞)", Show(minusZero.Reciprocal()));
        Assert.Equal("(-∞, -0.25]", Show(minusZero.Negate().Reciprocal()));
    }

    public static TheoryData<string> Operations => new() { "add", "subtract", "multiply", "divide", "abs", "square", "reciprocal", "negate" };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Every_operation_is_sound_and_tight_against_sampling(string operation)
    {
        var failures = new List<string>();
        foreach (Interval x in Sweep())
        {
            foreach (Interval y in operation is "add" or "subtract" or "multiply" or "divide" ? Sweep() : new[] { x })
            {
                Func<double, double, double> f = operation switch
                {
                    "add" => (p, q) => p + q,
                    "subtract" => (p, q) => p - q,
                    "multiply" => (p, q) => p * q,
                    "divide" => (p, q) => p / q,
                    "abs" => (p, _) => Math.Abs(p),
                    "square" => (p, _) => p * p,
                    "reciprocal" => (p, _) => 1 / p,
                    _ => (p, _) => -p,
                };
                Interval r = operation switch
                {
                    "add" => x.Add(y),
                    "subtract" => x.Subtract(y),
                    "multiply" => x.Multiply(y),
                    "divide" => x.Divide(y),
                    "abs" => x.Abs(),
                    "square" => x.Square(),
                    "reciprocal" => x.Reciprocal(),
                    _ => x.Negate(),
                };
                bool binary = operation is "add" or "subtract" or "multiply" or "divide";
                double[] values = Samples(x).SelectMany(p => (binary ? Samples(y) : new[] { 0.0 }).Select(q => f(p, q))).Where(double.IsFinite).ToArray();
                string what = $"{operation} {Show(x)}{(binary ? " " + Show(y) : "")} = {Show(r)}";
                if (values.Where(v => !r.Contains(v)).Select(v => (double?)v).FirstOrDefault() is double outside)
                {
                    failures.Add($"{what} misses the sampled value {outside:R}");
                    continue;
                }

                if (operation is "divide" or "reciprocal" && (x.Contains(0) || y.Contains(0)))
                {
                    continue; // everything: sound, and not meant to be tight
                }

                double lo = values.Min(), hi = values.Max();
                if (!Near(r.Lo, lo) || !Near(r.Hi, hi))
                {
                    failures.Add($"{what}: samples span [{lo}, {hi}]");
                }

                if (double.IsFinite(r.Lo) && r.LoOpen == values.Any(v => Attains(r.Lo, v)) || double.IsFinite(r.Hi) && r.HiOpen == values.Any(v => Attains(r.Hi, v)))
                {
                    failures.Add($"{what}: an end's openness disagrees with the samples");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    private static string Show(Interval i) =>
        (i.LoOpen ? "(" : "[") + End(i.Lo) + ", " + End(i.Hi) + (i.HiOpen ? ")" : "]");

    private static string End(double v) =>
        double.IsPositiveInfinity(v) ? "∞" : double.IsNegativeInfinity(v) ? "-∞" : v == 0 ? "0" : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Intervals with ends among -2, 0, 3 and ±∞, each finite end open or closed.</summary>
    private static IEnumerable<Interval> Sweep()
    {
        double[] ends = { double.NegativeInfinity, -2, 0, 2, 3, Inf };
        foreach (double lo in ends)
        {
            foreach (double hi in ends.Where(h => h > lo))
            {
                foreach (bool loOpen in new[] { false, true })
                {
                    foreach (bool hiOpen in new[] { false, true })
                    {
                        yield return new Interval(lo, hi, loOpen, hiOpen);
                    }
                }
            }
        }
    }

    /// <summary>Closed ends, points just inside open ones (a huge value for infinite ones) and interior points.</summary>
    private static IEnumerable<double> Samples(Interval i)
    {
        double lo = double.IsInfinity(i.Lo) ? -1e150 : i.LoOpen ? i.Lo + 1e-9 : i.Lo;
        double hi = double.IsInfinity(i.Hi) ? 1e150 : i.HiOpen ? i.Hi - 1e-9 : i.Hi;
        yield return lo;
        yield return hi;
        for (int k = 1; k < 8; k++)
        {
            double v = lo + ((hi - lo) * k / 8);
            yield return v;
        }

        if (i.Contains(0))
        {
            yield return 0;
        }
    }

    /// <summary>Whether a sample is the end itself (up to rounding; 0 exactly, as 1/1e150 only approaches it).</summary>
    private static bool Attains(double end, double sample) => sample == end || Math.Abs(end - sample) <= 1e-12 * Math.Abs(end);

    /// <summary>
    /// An end against the samples' extreme: equal up to the 1e-9 nudges inside open ends, or, for an infinite end, a
    /// sample beyond 1e8 on its side (1e150 stands for ∞, 1e-9 for 0).
    /// </summary>
    private static bool Near(double end, double sample) =>
        double.IsInfinity(end) ? Math.Abs(sample) >= 1e8 && Math.Sign(sample) == Math.Sign(end) : Math.Abs(end - sample) <= 1e-6 * (1 + Math.Abs(end));
}
