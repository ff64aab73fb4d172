using System;

namespace DiffGen.Tests.Infrastructure;

/// <summary>The shape of a generated one-input forward kernel, <c>F(ReadOnlySpan x, Span y)</c>.</summary>
internal delegate void SpanForward<T>(ReadOnlySpan<T> x, Span<T> y);

/// <summary>The shape of a generated one-input backward kernel, <c>FBackward(ReadOnlySpan x, ReadOnlySpan dy, Span dx)</c>.</summary>
internal delegate void SpanBackward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);

/// <summary>The shape of a generated two-input forward kernel.</summary>
internal delegate void SpanForward2<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> y);

/// <summary>The shape of a generated two-input backward kernel.</summary>
internal delegate void SpanBackward2<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> dy, Span<T> da, Span<T> db);

/// <summary>The shape of a generated three-input forward kernel.</summary>
internal delegate void SpanForward3<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> c, Span<T> y);

/// <summary>The shape of a generated three-input backward kernel.</summary>
internal delegate void SpanBackward3<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> c, ReadOnlySpan<T> dy, Span<T> da, Span<T> db, Span<T> dc);
