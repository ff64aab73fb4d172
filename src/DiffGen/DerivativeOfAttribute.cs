using System;

namespace DiffGen;

/// <summary>
/// Declares a user-supplied derivative for a method, so that calls to that method can be differentiated.
/// </summary>
/// <remarks>
/// Place this attribute on a <c>static</c> method declared in the same type as the target method. The
/// derivative method must have the same parameter list as the target. When the target has one input, the
/// derivative method returns the derivative of the target with respect to that input; when the target has
/// several inputs, it returns a tuple of the partial derivatives, in parameter order.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
public sealed class DerivativeOfAttribute : Attribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DerivativeOfAttribute"/> class.
    /// </summary>
    /// <param name="methodName">The name of the method whose derivative the marked method computes, for example <c>nameof(MyFunction)</c>.</param>
    public DerivativeOfAttribute(string methodName)
    {
        MethodName = methodName;
    }

    /// <summary>
    /// Gets the name of the method whose derivative the marked method computes.
    /// </summary>
    public string MethodName { get; }
}
