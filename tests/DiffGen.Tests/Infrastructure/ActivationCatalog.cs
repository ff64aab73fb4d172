using System.Collections.Generic;
using System.Linq;
using DiffGen.Tests.Functions;
using DiffGen.Tests.Oracles;
using Xunit;

namespace DiffGen.Tests.Infrastructure;

/// <summary>
/// Every one-input activation of <see cref="Activations"/> and <see cref="DoubleActivations"/>, bound to its generated
/// members and its closed-form derivative, so each test can run over all of them as a theory.
/// </summary>
internal static class ActivationCatalog
{
    /// <summary>All cases, by name.</summary>
    public static readonly IReadOnlyDictionary<string, ActivationCase> ByName = new ActivationCase[]
    {
        new("ReluMax", ClosedForms.Relu, [0],
            new(Activations.ReluMax, Activations.ReluMaxDerivative, Activations.ReluMaxBackward, Activations.ReluMax, Activations.ReluMaxBackward),
            new(DoubleActivations.ReluMax, DoubleActivations.ReluMaxDerivative, DoubleActivations.ReluMaxBackward, DoubleActivations.ReluMax, DoubleActivations.ReluMaxBackward)),
        new("ReluTernary", ClosedForms.Relu, [0],
            new(Activations.ReluTernary, Activations.ReluTernaryDerivative, Activations.ReluTernaryBackward, Activations.ReluTernary, Activations.ReluTernaryBackward),
            new(DoubleActivations.ReluTernary, DoubleActivations.ReluTernaryDerivative, DoubleActivations.ReluTernaryBackward, DoubleActivations.ReluTernary, DoubleActivations.ReluTernaryBackward)),
        new("ReluGe", ClosedForms.Relu, [0],
            new(Activations.ReluGe, Activations.ReluGeDerivative, Activations.ReluGeBackward, Activations.ReluGe, Activations.ReluGeBackward),
            new(DoubleActivations.ReluGe, DoubleActivations.ReluGeDerivative, DoubleActivations.ReluGeBackward, DoubleActivations.ReluGe, DoubleActivations.ReluGeBackward)),
        new("LeakyRelu", ClosedForms.LeakyRelu, [0],
            new(Activations.LeakyRelu, Activations.LeakyReluDerivative, Activations.LeakyReluBackward, Activations.LeakyRelu, Activations.LeakyReluBackward),
            new(DoubleActivations.LeakyRelu, DoubleActivations.LeakyReluDerivative, DoubleActivations.LeakyReluBackward, DoubleActivations.LeakyRelu, DoubleActivations.LeakyReluBackward)),
        new("Relu6", ClosedForms.Relu6, [0, 6],
            new(Activations.Relu6, Activations.Relu6Derivative, Activations.Relu6Backward, Activations.Relu6, Activations.Relu6Backward),
            new(DoubleActivations.Relu6, DoubleActivations.Relu6Derivative, DoubleActivations.Relu6Backward, DoubleActivations.Relu6, DoubleActivations.Relu6Backward)),
        new("Elu", ClosedForms.Elu, [0],
            new(Activations.Elu, Activations.EluDerivative, Activations.EluBackward, Activations.Elu, Activations.EluBackward),
            new(DoubleActivations.Elu, DoubleActivations.EluDerivative, DoubleActivations.EluBackward, DoubleActivations.Elu, DoubleActivations.EluBackward)),
        new("Selu", ClosedForms.Selu, [0],
            new(Activations.Selu, Activations.SeluDerivative, Activations.SeluBackward, Activations.Selu, Activations.SeluBackward),
            new(DoubleActivations.Selu, DoubleActivations.SeluDerivative, DoubleActivations.SeluBackward, DoubleActivations.Selu, DoubleActivations.SeluBackward)),
        new("GeluTanh", ClosedForms.GeluTanh, [],
            new(Activations.GeluTanh, Activations.GeluTanhDerivative, Activations.GeluTanhBackward, Activations.GeluTanh, Activations.GeluTanhBackward),
            new(DoubleActivations.GeluTanh, DoubleActivations.GeluTanhDerivative, DoubleActivations.GeluTanhBackward, DoubleActivations.GeluTanh, DoubleActivations.GeluTanhBackward)),
        new("Swish", ClosedForms.Swish, [],
            new(Activations.Swish, Activations.SwishDerivative, Activations.SwishBackward, Activations.Swish, Activations.SwishBackward),
            new(DoubleActivations.Swish, DoubleActivations.SwishDerivative, DoubleActivations.SwishBackward, DoubleActivations.Swish, DoubleActivations.SwishBackward)),
        new("Softplus", ClosedForms.Softplus, [],
            new(Activations.Softplus, Activations.SoftplusDerivative, Activations.SoftplusBackward, Activations.Softplus, Activations.SoftplusBackward),
            new(DoubleActivations.Softplus, DoubleActivations.SoftplusDerivative, DoubleActivations.SoftplusBackward, DoubleActivations.Softplus, DoubleActivations.SoftplusBackward)),
        new("Mish", ClosedForms.Mish, [],
            new(Activations.Mish, Activations.MishDerivative, Activations.MishBackward, Activations.Mish, Activations.MishBackward),
            new(DoubleActivations.Mish, DoubleActivations.MishDerivative, DoubleActivations.MishBackward, DoubleActivations.Mish, DoubleActivations.MishBackward)),
        new("Softsign", ClosedForms.Softsign, [],
            new(Activations.Softsign, Activations.SoftsignDerivative, Activations.SoftsignBackward, Activations.Softsign, Activations.SoftsignBackward),
            new(DoubleActivations.Softsign, DoubleActivations.SoftsignDerivative, DoubleActivations.SoftsignBackward, DoubleActivations.Softsign, DoubleActivations.SoftsignBackward)),
        new("HardSigmoid", ClosedForms.HardSigmoid, [-3, 3],
            new(Activations.HardSigmoid, Activations.HardSigmoidDerivative, Activations.HardSigmoidBackward, Activations.HardSigmoid, Activations.HardSigmoidBackward),
            new(DoubleActivations.HardSigmoid, DoubleActivations.HardSigmoidDerivative, DoubleActivations.HardSigmoidBackward, DoubleActivations.HardSigmoid, DoubleActivations.HardSigmoidBackward)),
        new("HardSwish", ClosedForms.HardSwish, [-3, 3],
            new(Activations.HardSwish, Activations.HardSwishDerivative, Activations.HardSwishBackward, Activations.HardSwish, Activations.HardSwishBackward),
            new(DoubleActivations.HardSwish, DoubleActivations.HardSwishDerivative, DoubleActivations.HardSwishBackward, DoubleActivations.HardSwish, DoubleActivations.HardSwishBackward)),
        new("Sigmoid", ClosedForms.Sigmoid, [],
            new(Activations.Sigmoid, Activations.SigmoidDerivative, Activations.SigmoidBackward, Activations.Sigmoid, Activations.SigmoidBackward),
            new(DoubleActivations.Sigmoid, DoubleActivations.SigmoidDerivative, DoubleActivations.SigmoidBackward, DoubleActivations.Sigmoid, DoubleActivations.SigmoidBackward)),
        new("Tanh", ClosedForms.Tanh, [],
            new(Activations.Tanh, Activations.TanhDerivative, Activations.TanhBackward, Activations.Tanh, Activations.TanhBackward),
            new(DoubleActivations.Tanh, DoubleActivations.TanhDerivative, DoubleActivations.TanhBackward, DoubleActivations.Tanh, DoubleActivations.TanhBackward)),
        new("Smooth", ClosedForms.Smooth, [0],
            new(Activations.Smooth, Activations.SmoothDerivative, Activations.SmoothBackward, Activations.Smooth, Activations.SmoothBackward),
            new(DoubleActivations.Smooth, DoubleActivations.SmoothDerivative, DoubleActivations.SmoothBackward, DoubleActivations.Smooth, DoubleActivations.SmoothBackward)),
        new("Celu", ClosedForms.Celu, [0],
            new(Activations.Celu, Activations.CeluDerivative, Activations.CeluBackward, Activations.Celu, Activations.CeluBackward),
            new(DoubleActivations.Celu, DoubleActivations.CeluDerivative, DoubleActivations.CeluBackward, DoubleActivations.Celu, DoubleActivations.CeluBackward)),
        new("LogSigmoid", ClosedForms.LogSigmoid, [],
            new(Activations.LogSigmoid, Activations.LogSigmoidDerivative, Activations.LogSigmoidBackward, Activations.LogSigmoid, Activations.LogSigmoidBackward),
            new(DoubleActivations.LogSigmoid, DoubleActivations.LogSigmoidDerivative, DoubleActivations.LogSigmoidBackward, DoubleActivations.LogSigmoid, DoubleActivations.LogSigmoidBackward)),
        new("BentIdentity", ClosedForms.BentIdentity, [],
            new(Activations.BentIdentity, Activations.BentIdentityDerivative, Activations.BentIdentityBackward, Activations.BentIdentity, Activations.BentIdentityBackward),
            new(DoubleActivations.BentIdentity, DoubleActivations.BentIdentityDerivative, DoubleActivations.BentIdentityBackward, DoubleActivations.BentIdentity, DoubleActivations.BentIdentityBackward)),
        new("GeluErf", ClosedForms.GeluErf, [],
            new(Activations.GeluErf, Activations.GeluErfDerivative, Activations.GeluErfBackward, Activations.GeluErf, Activations.GeluErfBackward),
            new(DoubleActivations.GeluErf, DoubleActivations.GeluErfDerivative, DoubleActivations.GeluErfBackward, DoubleActivations.GeluErf, DoubleActivations.GeluErfBackward)),
    }.ToDictionary(c => c.Name);

    /// <summary>The case names, as theory data.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in ByName.Keys.Order())
        {
            data.Add(name);
        }

        return data;
    }
}
