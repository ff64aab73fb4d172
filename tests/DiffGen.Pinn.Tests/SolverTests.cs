using Xunit;

namespace DiffGen.Pinn.Tests;

/// <summary>The sample's promise: tanh solves the problem to better than 1e-2; ReLU cannot reduce the residual.</summary>
public sealed class SolverTests
{
    [Fact]
    public void TanhNetworkSolvesThePoissonProblem()
    {
        var result = Solver.Solve<TanhActivation>(SolverOptions.Default);

        Assert.True(result.MaxError < 1e-2, $"max error {result.MaxError}");
        Assert.True(result.Residual < 1e-3 * result.History[0].Residual, $"residual {result.History[0].Residual} -> {result.Residual}");
    }

    [Fact]
    public void ReluNetworkCannotReduceTheResidual()
    {
        var relu = Solver.Solve<ReluActivation>(SolverOptions.Default);
        var tanh = Solver.Solve<TanhActivation>(SolverOptions.Default);

        // ReLU's second derivative is 0 almost everywhere (DIFF015): the residual stalls orders of magnitude above tanh's.
        Assert.True(relu.Residual > 100 * tanh.Residual, $"relu {relu.Residual} vs tanh {tanh.Residual}");
        Assert.True(relu.MaxError > 0.1, $"relu max error {relu.MaxError}");
    }
}
