using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Tests.Properties;

/// <summary>
/// Greedy shrinking of one failing function inside a failing batch. CsCheck shrinks whole batches, which
/// is slow when each try compiles 40 methods; this finds a small failing expression directly.
/// </summary>
internal static class Shrinker
{
    // Each try compiles once (~0.1 s of CPU); these bound the time spent, and only once a property already failed.
    private const int MaxTries = 400;
    private static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Repeatedly replaces a sub-tree by one of its children or by a leaf while <paramref name="check"/>
    /// still fails; returns the smallest failing function found and its failure.
    /// </summary>
    public static (TestFunction Function, string Failure) Shrink(TestFunction function, string failure, Func<TestFunction, string?> check)
    {
        int tries = 0;
        bool progress = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // After each success the search restarts at the root; candidates that passed before pass again.
        var passed = new HashSet<string>(StringComparer.Ordinal);
        while (progress && tries < MaxTries && clock.Elapsed < MaxTime)
        {
            progress = false;
            foreach (Expr candidate in Candidates(function.Body).Where(c => Size(c) < Size(function.Body)))
            {
                string key = ExprPrinter.Print(candidate, isFloat: false);
                if (passed.Contains(key))
                {
                    continue;
                }

                if (++tries > MaxTries || clock.Elapsed > MaxTime)
                {
                    break;
                }

                var smaller = function with { Body = candidate };
                if (check(smaller) is { } smallerFailure && Category(smallerFailure) == Category(failure))
                {
                    (function, failure, progress) = (smaller, smallerFailure, true);
                    break;
                }

                passed.Add(key);
            }
        }

        return (function, failure);
    }

    // Only a candidate that fails the same way counts: shrinking must not wander off to another problem
    // (such as the user-code warning of "b != b" that a cut can create).
    private static string Category(string failure)
    {
        int end = failure.IndexOfAny(new[] { ':', '(', '\n' });
        string head = end < 0 ? failure : failure[..end];
        return head.StartsWith("d/d", StringComparison.Ordinal) ? "d/d" : head;
    }

    /// <summary>The number of nodes.</summary>
    public static int Size(Expr e) => 1 + e.Children.Sum(Size) + (e is ConditionalExpr q ? CondSize(q.Condition) : 0);

    private static int CondSize(Cond c) => c switch
    {
        LogicalCond l => 1 + CondSize(l.Left) + CondSize(l.Right),
        NotCond n => 1 + CondSize(n.Operand),
        _ => 1,
    };

    // Every tree that differs from e by replacing one sub-tree with one of its children or a leaf, biggest cuts first.
    private static IEnumerable<Expr> Candidates(Expr e)
    {
        foreach (Expr child in e.Children)
        {
            yield return child;
        }

        if (e is not InputExpr and not ConstExpr)
        {
            yield return new InputExpr(0);
            yield return new ConstExpr(1);
        }

        switch (e)
        {
            case NegateExpr n:
                foreach (Expr c in Candidates(n.Operand))
                {
                    yield return n with { Operand = c };
                }

                break;
            case BinaryExpr b:
                foreach (Expr c in Candidates(b.Left))
                {
                    yield return b with { Left = c };
                }

                foreach (Expr c in Candidates(b.Right))
                {
                    yield return b with { Right = c };
                }

                break;
            case CallExpr call:
                for (int i = 0; i < call.Args.Length; i++)
                {
                    foreach (Expr c in Candidates(call.Args[i]))
                    {
                        Expr[] args = (Expr[])call.Args.Clone();
                        args[i] = c;
                        yield return call with { Args = args };
                    }
                }

                break;
            case ConditionalExpr q:
                // Branches first: shrinking the condition usually flips it at the failing point.
                foreach (Expr c in Candidates(q.WhenTrue))
                {
                    yield return q with { WhenTrue = c };
                }

                foreach (Expr c in Candidates(q.WhenFalse))
                {
                    yield return q with { WhenFalse = c };
                }

                foreach (Cond c in CondCandidates(q.Condition))
                {
                    yield return q with { Condition = c };
                }

                break;
        }
    }

    private static IEnumerable<Cond> CondCandidates(Cond c)
    {
        // Constant truth at every test point (|x| <= 2.5), yet not foldable by the generator.
        yield return new CompareCond("<", new InputExpr(0), new ConstExpr(3));
        yield return new CompareCond(">", new InputExpr(0), new ConstExpr(3));
        switch (c)
        {
            case CompareCond k:
                foreach (Expr e in Candidates(k.Left))
                {
                    yield return k with { Left = e };
                }

                foreach (Expr e in Candidates(k.Right))
                {
                    yield return k with { Right = e };
                }

                break;
            case LogicalCond l:
                yield return l.Left;
                yield return l.Right;
                break;
            case NotCond n:
                yield return n.Operand;
                break;
        }
    }
}
