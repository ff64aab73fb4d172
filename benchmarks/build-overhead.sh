#!/usr/bin/env bash
# What DiffGen adds to a clean build of 1,000 [Differentiable] methods (docs/benchmarks.md, "Build-time overhead of
# adding DiffGen"; goal: at most +6 s). Writes the synthetic corpus (500 methods) twice under two namespaces into
# two class libraries, one referencing only the runtime library and one also the generator and the analyzers, and
# builds each RUNS times with no incremental build, alternating. Run from the repository root on a quiet machine:
#     benchmarks/build-overhead.sh [RUNS]        # default 3
# Prints each build's wall time, then one build of the DiffGen project with -p:ReportAnalyzer=true (the generator's
# and the analyzers' own time). Leaves its projects in a temporary folder, printed first.
set -euo pipefail
runs=${1:-3}
root=$(pwd)
work=$(mktemp -d)
echo "working in $work"
for project in src/DiffGen generator/DiffGen.Generator analyzers/DiffGen.Analyzers; do
  dotnet build -c Release "$project" -v:q -nologo >/dev/null
done
dotnet run -c Release --project benchmarks/DiffGen.Benchmarks -- --diagnostics --write-corpus "$work/corpus" >/dev/null
for variant in without with; do
  mkdir -p "$work/$variant"
  for ns in A B; do
    for file in "$work"/corpus/*.cs; do
      sed "s/^namespace Synthetic\.Models;/namespace Synthetic.$ns;/" "$file" >"$work/$variant/$ns$(basename "$file")"
    done
  done
  analyzers=""
  if [ "$variant" = with ]; then
    analyzers="<ProjectReference Include=\"$root/generator/DiffGen.Generator/DiffGen.Generator.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />
    <ProjectReference Include=\"$root/analyzers/DiffGen.Analyzers/DiffGen.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
  fi
  cat >"$work/$variant/Corpus.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/DiffGen/DiffGen.csproj" />
    $analyzers
  </ItemGroup>
</Project>
PROJECT
  dotnet build -c Release "$work/$variant/Corpus.csproj" -v:q -nologo >/dev/null   # restore and references, not timed
done
for run in $(seq 1 "$runs"); do
  for variant in without with; do
    start=$(date +%s.%N)
    dotnet build -c Release --no-incremental --no-restore -p:BuildProjectReferences=false -v:q -nologo "$work/$variant/Corpus.csproj" >/dev/null
    end=$(date +%s.%N)
    printf '%s DiffGen, run %d: %.1f s\n' "$variant" "$run" "$(echo "$end - $start" | bc)"
  done
done
dotnet build -c Release --no-incremental --no-restore -p:BuildProjectReferences=false -p:ReportAnalyzer=true -v:d -nologo \
  "$work/with/Corpus.csproj" | grep -E "Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9<]+ +DiffGen\." || true
