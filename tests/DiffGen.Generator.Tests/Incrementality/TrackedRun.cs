using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Incrementality;

/// <summary>
/// A generator driver with step tracking over an in-memory compilation, kept across edits the way the IDE
/// keeps it across keystrokes, so a test can see which pipeline steps and outputs each edit re-ran.
/// </summary>
internal sealed class TrackedRun
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(DiffGen.DifferentiableAttribute).Assembly.Location))
            .ToImmutableArray());

    private GeneratorDriver driver;

    /// <summary>Creates the compilation from <paramref name="files"/> (path → source) and runs the generator once.</summary>
    public TrackedRun(params (string Path, string Source)[] files)
    {
        Compilation = CSharpCompilation.Create(
            "DiffGenIncrementality",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, ParseOptions, path: f.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        driver = CSharpGeneratorDriver.Create(
            new[] { new DifferentiableGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        Run();
    }

    /// <summary>The compilation the last run saw.</summary>
    public Compilation Compilation { get; private set; }

    /// <summary>The result of the last run.</summary>
    public Microsoft.CodeAnalysis.GeneratorRunResult Result { get; private set; }

    /// <summary>The generated files of the last run, by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Runs the generator again over the current compilation.</summary>
    public void Run()
    {
        driver = driver.RunGenerators(Compilation);
        Result = driver.GetRunResult().Results.Single();
        Assert.Null(Result.Exception);
    }

    /// <summary>Replaces the text of the file at <paramref name="path"/> and runs again.</summary>
    public void Edit(string path, string newSource)
    {
        SyntaxTree old = Compilation.SyntaxTrees.Single(t => t.FilePath == path);
        Compilation = Compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newSource)));
        Run();
    }

    /// <summary>Replaces <paramref name="oldText"/> (which must occur exactly once) in the file at <paramref name="path"/> and runs again.</summary>
    public void Replace(string path, string oldText, string newText)
    {
        string current = Compilation.SyntaxTrees.Single(t => t.FilePath == path).ToString();
        int at = current.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0 && current.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"'{oldText}' must occur once in {path}");
        Edit(path, current.Substring(0, at) + newText + current.Substring(at + oldText.Length));
    }

    /// <summary>Adds a new file and runs again.</summary>
    public void Add(string path, string source)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: path));
        Run();
    }

    /// <summary>The outputs (value, reason) of the tracked step <paramref name="name"/> in the last run.</summary>
    public IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> StepOutputs(string name)
    {
        Assert.True(Result.TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps), $"no tracked step named {name}");
        return steps.SelectMany(s => s.Outputs).ToList();
    }

    /// <summary>The reason each generated file's source output ran (or was cached) in the last run, by hint name.</summary>
    /// <remarks>
    /// A source output step's input is the (file, C# version) pair the generator combines; the step's own
    /// outputs say whether the AddSource callback re-ran.
    /// </remarks>
    public IReadOnlyDictionary<string, IncrementalStepRunReason> FileOutputReasons()
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>();
        foreach (IncrementalGeneratorRunStep step in Result.TrackedOutputSteps.SelectMany(p => p.Value))
        {
            foreach ((IncrementalGeneratorRunStep source, int index) in step.Inputs)
            {
                if (source.Outputs[index].Value is ValueTuple<GeneratedFile, bool> pair)
                {
                    // A step with no outputs of its own (nothing added) is described by its input's reason.
                    reasons[pair.Item1.Type.HintName] = step.Outputs.Length > 0 ? step.Outputs[0].Reason : source.Outputs[index].Reason;
                }
            }
        }

        return reasons;
    }

    /// <summary>The reason of the tracked Files step's output for the type whose hint name is <paramref name="hintName"/>.</summary>
    public IncrementalStepRunReason FileStepReason(string hintName) =>
        StepOutputs(TrackingNames.Files).Single(o => ((GeneratedFile)o.Value).Type.HintName == hintName).Reason;

    /// <summary>The reason of the tracked Methods step's output for the method whose sort key starts with <paramref name="methodName"/>(.</summary>
    public IncrementalStepRunReason MethodStepReason(string methodName) =>
        StepOutputs(TrackingNames.Methods).Single(o => ((MethodResult)o.Value).SortKey.StartsWith(methodName + "(", StringComparison.Ordinal)).Reason;
}
