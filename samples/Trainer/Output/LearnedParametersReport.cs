using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DiffGen.Trainer.Training;

namespace DiffGen.Trainer.Output;

/// <summary>Prints the trained values of an activation's learnable parameters, layer by layer.</summary>
public static class LearnedParametersReport
{
    /// <summary>
    /// The report's lines: a heading, then one line per hidden layer (none for a fixed activation); a layer with
    /// parameters per channel (<c>--per-channel</c>) shows each parameter's mean and range over its channels.
    /// </summary>
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
            float[] values = result.LearnedParameters[layer];
            int channels = values.Length / names.Count;
            yield return channels == 1
                ? $"  layer {layer + 1}: {Format(names, values)}"
                : $"  layer {layer + 1}, {channels} channels: {FormatRanges(names, values, channels)}";
        }
    }

    /// <summary>
    /// Each parameter's mean over the channels of a per-channel layer (channel-major: channel c's parameters at
    /// <c>[c·P, (c+1)·P)</c>); a layer-wide array is returned as is.
    /// </summary>
    /// <param name="values">One layer's learned parameters.</param>
    /// <param name="parameterCount">The activation's number of parameters, P.</param>
    /// <returns>P values.</returns>
    public static float[] ChannelMeans(float[] values, int parameterCount)
    {
        int channels = values.Length / parameterCount;
        if (channels == 1)
        {
            return values;
        }

        var means = new float[parameterCount];
        for (int k = 0; k < parameterCount; k++)
        {
            double sum = 0;
            for (int c = 0; c < channels; c++)
            {
                sum += values[(c * parameterCount) + k];
            }

            means[k] = (float)(sum / channels);
        }

        return means;
    }

    private static string FormatRanges(IReadOnlyList<string> names, float[] values, int channels)
    {
        float[] means = ChannelMeans(values, names.Count);
        return string.Join(", ", names.Select((n, k) =>
        {
            var channel = Enumerable.Range(0, channels).Select(c => values[(c * names.Count) + k]).ToArray();
            return string.Create(CultureInfo.InvariantCulture, $"{n} = {means[k]:F4} mean ({channel.Min():F4} to {channel.Max():F4})");
        }));
    }

    private static string Format(IReadOnlyList<string> names, float[] values) =>
        string.Join(", ", names.Select((n, k) => string.Create(CultureInfo.InvariantCulture, $"{n} = {values[k]:F4}")));
}
