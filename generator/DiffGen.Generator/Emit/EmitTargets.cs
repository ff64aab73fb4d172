namespace DiffGen.Generator.Emit;

/// <summary>What the consumer's compilation can take, decided once per compilation.</summary>
/// <param name="Spans">It has <c>Span&lt;T&gt;</c> and the runtime's <c>SpanLengths</c>: span kernels.</param>
/// <param name="KernelStruct">Its runtime library has <c>IElementwiseFunction&lt;T&gt;</c>: the <c>FKernel</c> struct.</param>
/// <param name="Vectors">
/// Its runtime library has the SIMD drivers (<c>Elementwise&lt;T&gt;</c>, .NET 10 or later) and the language is C# 10 or
/// later (the drivers name the spans in their exceptions through <c>CallerArgumentExpression</c>): vector bodies and
/// SIMD kernels.
/// </param>
/// <param name="Tensors">It references <c>DiffGen.TorchSharp</c>: tensor functions and modules over the span kernels.</param>
internal sealed record EmitTargets(bool Spans, bool KernelStruct, bool Vectors, bool Tensors = false);
