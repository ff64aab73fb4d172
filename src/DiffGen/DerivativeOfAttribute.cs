using System;

namespace DiffGen;

/// <summary>
/// Declares a user-supplied derivative for a method, so that calls to that method from
/// <c>[Differentiable]</c> code can be differentiated (the target itself may contain anything: loops,
/// native calls, lookup tables).
/// </summary>
/// <remarks>
/// <para>Place this attribute on a <c>static</c> method with the same parameter list as the target. When the
/// target has one input, the marked method returns the derivative with respect to that input; when it has
/// several, it returns a tuple of the partial derivatives, in parameter order.</para>
/// <para>With <see cref="DerivativeOfAttribute(string)"/> the target is in the same type as the marked method.
/// For a target you cannot edit (another library), use <see cref="DerivativeOfAttribute(Type, string)"/> in the
/// type whose <c>[Differentiable]</c> methods call it; the registration applies to calls from that type.</para>
/// <para>When the target is itself <c>[Differentiable]</c>, the registration wins over differentiating its body:
/// the target's generated derivative members and all its callers use the registered derivative (how a
/// straight-through estimator such as <c>Math.Round(x) + 0 * x</c> with derivative <c>1</c> is written).</para>
/// </remarks>
/// <example>
/// <code>
/// public static double MyErf(double x) { /* any implementation */ }
///
/// [DerivativeOf(nameof(MyErf))]
/// public static double MyErfDerivative(double x) => 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class DerivativeOfAttribute : Attribute
{
    /// <summary>Registers the derivative of the method <paramref name="methodName"/> of the same type.</summary>
    /// <param name="methodName">The target method's name, for example <c>nameof(MyFunction)</c>.</param>
    public DerivativeOfAttribute(string methodName)
    {
        MethodName = methodName;
    }

    /// <summary>Registers the derivative of the method <paramref name="methodName"/> of <paramref name="declaringType"/>.</summary>
    /// <param name="declaringType">The type that declares the target, for example <c>typeof(SpecialFunctions)</c>.</param>
    /// <param name="methodName">The target method's name, for example <c>nameof(SpecialFunctions.Erf)</c>.</param>
    public DerivativeOfAttribute(Type declaringType, string methodName)
    {
        DeclaringType = declaringType;
        MethodName = methodName;
    }

    /// <summary>Gets the name of the method whose derivative the marked method computes.</summary>
    public string MethodName { get; }

    /// <summary>Gets the type that declares the target, or null when it is the type of the marked method.</summary>
    public Type? DeclaringType { get; }

    /// <summary>
    /// Gets or sets which derivative the marked method returns: 1 (the default), or 2 (3) for the second (third)
    /// derivative of a single-input target, which <c>[Differentiable(Order = 2)]</c> (3) callers need besides the
    /// first: <c>[DerivativeOf(nameof(Erf), Order = 2)] static double ErfSecond(double x)</c>.
    /// </summary>
    public int Order { get; set; } = 1;
}
