using System.Threading;
using DiffGen.Generator.FrontEnd;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Emit;

/// <summary>
/// Writes the generated members of one [Differentiable] method <c>F</c>: plans the method once
/// (<see cref="MethodPlan"/>), then asks one writer per member kind to print it. The names and shapes are a contract
/// (README, "Generated members").
/// </summary>
internal static class MemberEmitter
{
    /// <summary>Emits the members of <paramref name="method"/>, lowered to <paramref name="lowered"/>.</summary>
    /// <param name="method">The [Differentiable] method.</param>
    /// <param name="lowered">Its IR.</param>
    /// <param name="targets">What the consumer's compilation can take.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static string Emit(IMethodSymbol method, LoweredMethod lowered, EmitTargets targets, CancellationToken cancellationToken)
    {
        MethodPlan plan = MethodPlan.Create(method, lowered, targets, cancellationToken);
        var w = new CodeWriter();
        if (plan.Single)
        {
            DerivativeWriter.Write(w, plan);
            w.Line();
        }

        BackwardWriter.Write(w, plan);
        if (plan.HasSpanKernels)
        {
            w.Line();
            if (plan.HasBroadcast)
            {
                BroadcastKernelWriter.WriteForward(w, plan);
                w.Line();
                BroadcastKernelWriter.WriteBackward(w, plan);
                w.Line();
                BroadcastKernelWriter.WritePartials(w, plan);
            }
            else
            {
                SpanKernelWriter.WriteForward(w, plan);
                w.Line();
                SpanKernelWriter.WriteBackward(w, plan);
            }
        }

        if (plan.SecondOrder is SecondOrderPlan second)
        {
            w.Line();
            SecondOrderWriter.WriteScalar(w, plan, second);
            if (plan.HasSpanKernels)
            {
                w.Line();
                SecondOrderWriter.WriteSpans(w, plan, second);
            }
        }

        if (plan.HasKernelStruct)
        {
            w.Line();
            KernelStructWriter.Write(w, plan);
        }

        string members = w.ToString();
        if (plan.HasSpanKernels && targets.Tensors)
        {
            // The tensor function and module run the span kernels above, through the DiffGen.TorchSharp library.
            string tensors = TorchSharpMembers.Emit(method, plan, plan.Single && plan.Targets.KernelStruct && plan.HasKernelStruct);
            members = (members.TrimEnd('\n') + "\n\n" + tensors).TrimEnd('\n') + "\n";
        }

        return members;
    }
}
