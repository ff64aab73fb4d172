using System;
using System.Collections.Generic;
using TorchSharp;
using static TorchSharp.torch;

namespace DiffGen.TorchSharpTrainer;

/// <summary>
/// The same activations as <see cref="ActivationModules"/>, written the way TorchSharp users write a custom activation
/// without DiffGen: the C# formula composed from tensor operations, differentiated by torch's autograd (every
/// intermediate tensor saved for the backward pass, and <c>torch.where</c>'s NaN where a side not taken is infinite).
/// <c>--composed</c> trains with these, for the side-by-side.
/// </summary>
public static class ComposedActivations
{
    private const float SeluAlpha = 1.6732632f;
    private const float SeluScale = 1.050701f;

    private static readonly Dictionary<string, Func<Tensor, Tensor>> Formulas = new(StringComparer.OrdinalIgnoreCase)
    {
        ["relu"] = x => torch.where(x > 0f, x, torch.zeros_like(x)),
        ["smooth"] = x => torch.where(x >= 0f, x * x / (x + 0.6f), 0.01f * x),
        ["gelu"] = x => 0.5f * x * (1f + torch.tanh(0.7978846f * (x + 0.044715f * x * x * x))),
        ["swish"] = x => x * Sigmoid(x),
        ["mish"] = x => x * torch.tanh(Softplus(x)),
        ["elu"] = x => torch.where(x > 0f, x, torch.exp(x) - 1f),
        ["selu"] = x => torch.where(x > 0f, SeluScale * x, SeluScale * SeluAlpha * (torch.exp(x) - 1f)),
        ["leakyrelu"] = x => torch.where(x > 0f, x, 0.01f * x),
        ["softplus"] = Softplus,
        ["tanh"] = torch.tanh,
        ["sigmoid"] = Sigmoid,
    };

    /// <summary>A new module computing <paramref name="name"/>'s formula with tensor operations.</summary>
    public static nn.Module<Tensor, Tensor> Create(string name) => new Composed(name, Formulas[name]);

    private static Tensor Softplus(Tensor x) => torch.where(x > 0f, x + torch.log(1f + torch.exp(-x)), torch.log(1f + torch.exp(x)));

    private static Tensor Sigmoid(Tensor x) => torch.where(x >= 0f, 1f / (1f + torch.exp(-x)), torch.exp(x) / (1f + torch.exp(x)));

    /// <summary>A module applying a tensor formula.</summary>
    private sealed class Composed : nn.Module<Tensor, Tensor>
    {
        private readonly Func<Tensor, Tensor> formula;

        public Composed(string name, Func<Tensor, Tensor> formula)
            : base(name + "_composed")
        {
            this.formula = formula;
        }

        public override Tensor forward(Tensor input) => formula(input);
    }
}
