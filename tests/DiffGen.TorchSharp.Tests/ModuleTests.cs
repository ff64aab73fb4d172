using System.Linq;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace DiffGen.TorchSharp.Tests;

/// <summary>The generated modules work where TorchSharp modules do.</summary>
public sealed class ModuleTests
{
    [Fact]
    public void A_module_has_no_parameters_and_applies_the_function()
    {
        using var module = new Functions.SmoothModule();
        Assert.Empty(module.parameters());
        using Tensor x = torch.tensor(new[] { -0.6f, 0.5f });
        Assert.Equal(new[] { Functions.Smooth(-0.6f), Functions.Smooth(0.5f) }, module.forward(x).data<float>().ToArray());
    }

    [Fact]
    public void A_network_with_the_module_in_Sequential_learns_a_toy_regression()
    {
        torch.manual_seed(1);
        using var model = nn.Sequential(
            ("in", nn.Linear(1, 32)),
            ("act", new Functions.SmoothModule()),
            ("out", nn.Linear(32, 1)));
        using Tensor x = torch.linspace(-3, 3, 128).reshape(128, 1);
        using Tensor target = torch.sin(x);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.02);

        float first = 0;
        float last = 0;
        for (int step = 0; step < 150; step++)
        {
            optimizer.zero_grad();
            using Tensor loss = nn.functional.mse_loss(model.forward(x), target);
            loss.backward();
            optimizer.step();
            last = loss.item<float>();
            if (step == 0)
            {
                first = last;
            }
        }

        Assert.True(float.IsFinite(last));
        Assert.True(last < first / 5, $"loss went from {first} to {last}");
    }
}
