using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Trainer.Training;

namespace DiffGen.Trainer.Output;

/// <summary>Prints the trained values of an activation's learnable parameters, layer by layer.</summary>
public static class LearnedParametersReport
{
    /// <summary>The report's lines: a heading, then one line per hidden layer (none for a fixed activation).</summary>
    /// <param name="result">A training run.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> Lines(TrainingResult result)
    {
        if (result.LearnedParameters.Count == 0)
        {
            yield break;
        }

        var names = result.Activation.ParameterNames;
        yield return $"{result.Activation.Name}: learned parameters (initial: {Format(names, result.Activation.InitialParameters.ToArray())})";
        for (int layer = 0; layer < result.LearnedParameters.Count; layer++)
        {
            yield return $"  layer {layer + 1}: {Format(names, result.LearnedParameters[layer])}";
        }
    }

    private static string Format(IReadOnlyList<string> names, float[] values) =>
        string.Join(", ", names.Select((n, k) => string.Create(CultureInfo.InvariantCulture, $"{n} = {values[k]:F4}")));
}
