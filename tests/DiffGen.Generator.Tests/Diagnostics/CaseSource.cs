namespace DiffGen.Generator.Tests;

/// <summary>Builds small consumer sources for the diagnostics tests: members placed in <c>partial class Cases.C</c>.</summary>
internal static class CaseSource
{
    /// <summary>The hint-name prefix of the file generated for <c>Cases.C</c>.</summary>
    public const string TypeHint = "Cases.C.g.cs";

    /// <summary>A file declaring <paramref name="members"/> inside <c>public partial class C</c> in namespace <c>Cases</c>.</summary>
    public static string InClass(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using DiffGen;

        namespace Cases;

        public partial class C
        {
        {{members}}
        }
        """;
}
