using System;
using System.Globalization;

namespace DiffGen.Generator.Ir;

/// <summary>
/// A real interval with open or closed ends, for the abstract interpretation behind DIFF005 and DIFF006. In
/// <c>Ir</c>, not <c>Analysis</c>, because the operation table's rows state ranges and singular sets with it.
/// Endpoints may be infinite (then they are open). Arithmetic over-approximates: the true range of an
/// expression is always inside the computed one.
/// </summary>
internal readonly struct Interval : IEquatable<Interval>
{
    /// <summary>Creates <c>[lo, hi]</c>, with each end open where asked (infinite ends are always open).</summary>
    public Interval(double lo, double hi, bool loOpen = false, bool hiOpen = false)
    {
        Lo = double.IsNaN(lo) ? double.NegativeInfinity : lo;
        Hi = double.IsNaN(hi) ? double.PositiveInfinity : hi;
        LoOpen = loOpen || double.IsInfinity(Lo);
        HiOpen = hiOpen || double.IsInfinity(Hi);
    }

    /// <summary>Every real number.</summary>
    public static Interval All => new(double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>The lower end.</summary>
    public double Lo { get; }

    /// <summary>The upper end.</summary>
    public double Hi { get; }

    /// <summary>Whether <see cref="Lo"/> is excluded.</summary>
    public bool LoOpen { get; }

    /// <summary>Whether <see cref="Hi"/> is excluded.</summary>
    public bool HiOpen { get; }

    /// <summary>Whether no number is inside.</summary>
    public bool IsEmpty => Lo > Hi || (Lo == Hi && (LoOpen || HiOpen));

    /// <summary>The single point <paramref name="value"/>.</summary>
    public static Interval Point(double value) => new(value, value);

    /// <summary>Numbers above <paramref name="value"/> (or at it, when <paramref name="inclusive"/>).</summary>
    public static Interval Above(double value, bool inclusive) => new(value, double.PositiveInfinity, !inclusive);

    /// <summary>Numbers below <paramref name="value"/> (or at it, when <paramref name="inclusive"/>).</summary>
    public static Interval Below(double value, bool inclusive) => new(double.NegativeInfinity, value, hiOpen: !inclusive);

    /// <summary>Whether <paramref name="value"/> is inside.</summary>
    public bool Contains(double value) =>
        (value > Lo || (value == Lo && !LoOpen)) && (value < Hi || (value == Hi && !HiOpen));

    /// <summary>The numbers in both.</summary>
    public Interval Intersect(Interval other)
    {
        (double lo, bool loOpen) = Lo > other.Lo ? (Lo, LoOpen) : Lo < other.Lo ? (other.Lo, other.LoOpen) : (Lo, LoOpen || other.LoOpen);
        (double hi, bool hiOpen) = Hi < other.Hi ? (Hi, HiOpen) : Hi > other.Hi ? (other.Hi, other.HiOpen) : (Hi, HiOpen || other.HiOpen);
        return new Interval(lo, hi, loOpen, hiOpen);
    }

    /// <summary>The smallest interval containing both.</summary>
    public Interval Hull(Interval other)
    {
        if (IsEmpty)
        {
            return other;
        }

        if (other.IsEmpty)
        {
            return this;
        }

        (double lo, bool loOpen) = Lo < other.Lo ? (Lo, LoOpen) : Lo > other.Lo ? (other.Lo, other.LoOpen) : (Lo, LoOpen && other.LoOpen);
        (double hi, bool hiOpen) = Hi > other.Hi ? (Hi, HiOpen) : Hi < other.Hi ? (other.Hi, other.HiOpen) : (Hi, HiOpen && other.HiOpen);
        return new Interval(lo, hi, loOpen, hiOpen);
    }

    /// <summary><c>-this</c>.</summary>
    public Interval Negate() => new(-Hi, -Lo, HiOpen, LoOpen);

    /// <summary><c>this + other</c>.</summary>
    public Interval Add(Interval other) => new(Lo + other.Lo, Hi + other.Hi, LoOpen || other.LoOpen, HiOpen || other.HiOpen);

    /// <summary><c>this - other</c>.</summary>
    public Interval Subtract(Interval other) => Add(other.Negate());

    /// <summary><c>this · other</c>.</summary>
    public Interval Multiply(Interval other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return this;
        }

        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        bool loOpen = true, hiOpen = true;
        Consider(Lo, LoOpen, other.Lo, other.LoOpen);
        Consider(Lo, LoOpen, other.Hi, other.HiOpen);
        Consider(Hi, HiOpen, other.Lo, other.LoOpen);
        Consider(Hi, HiOpen, other.Hi, other.HiOpen);
        return new Interval(lo, hi, loOpen, hiOpen);

        void Consider(double a, bool aOpen, double b, bool bOpen)
        {
            // 0 · ∞ bounds the product by 0 (the ∞ is never reached).
            double p = a == 0 || b == 0 ? 0 : a * b;
            // The product is attained when both factors are, or when either is an attained 0.
            bool open = !((!aOpen && !bOpen) || (a == 0 && !aOpen) || (b == 0 && !bOpen));
            if (p < lo || (p == lo && !open))
            {
                lo = p;
                loOpen = open;
            }

            if (p > hi || (p == hi && !open))
            {
                hi = p;
                hiOpen = open;
            }
        }
    }

    /// <summary><c>this · this</c>, which is never negative.</summary>
    public Interval Square()
    {
        Interval abs = Abs();
        return abs.Multiply(abs);
    }

    /// <summary><c>|this|</c>.</summary>
    public Interval Abs()
    {
        if (Lo >= 0)
        {
            return this;
        }

        if (Hi <= 0)
        {
            return Negate();
        }

        // Where both ends have the same magnitude (|[-2, 2)| = [0, 2]), the end is attained when either is.
        return -Lo > Hi ? new Interval(0, -Lo, false, LoOpen)
            : -Lo < Hi ? new Interval(0, Hi, false, HiOpen)
            : new Interval(0, Hi, false, LoOpen && HiOpen);
    }

    /// <summary><c>1 / this</c>; everything when the interval holds 0.</summary>
    public Interval Reciprocal()
    {
        if (Contains(0) || IsEmpty)
        {
            return All;
        }

        if (Lo >= 0)
        {
            return new Interval(1 / Hi, Lo == 0 ? double.PositiveInfinity : 1 / Lo, HiOpen, LoOpen);
        }

        if (Hi <= 0)
        {
            return new Interval(Hi == 0 ? double.NegativeInfinity : 1 / Hi, 1 / Lo, HiOpen, LoOpen);
        }

        return All;
    }

    /// <summary><c>this / other</c>.</summary>
    public Interval Divide(Interval other) => Multiply(other.Reciprocal());

    /// <summary>The image under a non-decreasing function.</summary>
    public Interval Increasing(Func<double, double> f) => new(f(Lo), f(Hi), LoOpen, HiOpen);

    /// <inheritdoc/>
    public bool Equals(Interval other) => Lo.Equals(other.Lo) && Hi.Equals(other.Hi) && LoOpen == other.LoOpen && HiOpen == other.HiOpen;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Lo.GetHashCode() ^ (Hi.GetHashCode() * 31);

    /// <inheritdoc/>
    public override string ToString() =>
        (LoOpen ? "(" : "[") + Lo.ToString("R", CultureInfo.InvariantCulture) + ", " + Hi.ToString("R", CultureInfo.InvariantCulture) + (HiOpen ? ")" : "]");
}
