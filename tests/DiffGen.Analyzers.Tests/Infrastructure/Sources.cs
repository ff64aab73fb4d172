namespace DiffGen.Analyzers.Tests.Infrastructure;

/// <summary>Wraps method declarations in the compilation unit every test uses.</summary>
internal static class Sources
{
    /// <summary>A <c>public static partial class C</c> holding <paramref name="members"/>, with <c>using System; using DiffGen;</c>.</summary>
    public static string InClass(string members) =>
        "using System;\nusing DiffGen;\n\npublic static partial class C\n{\n" + members + "\n}\n";

    /// <summary>A class with one double method <c>F(double x)</c> whose body is the expression <paramref name="body"/>.</summary>
    public static string DoubleMethod(string body) =>
        InClass("    [Differentiable]\n    public static double F(double x) => " + body + ";");
}
