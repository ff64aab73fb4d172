#!/usr/bin/env bash
# Mutation testing of the IR core with Stryker.NET 5.1.0 (pinned in .config/dotnet-tools.json). One Stryker run
# mutates every file named (default: every file under generator/DiffGen.Generator/Ir with logic; the two enums
# ValueType.cs and NodeKind.cs hold no code to mutate) and runs, per mutant, only the tests of
# tests/DiffGen.Generator.Tests that cover it (coverage analysis "perTest") among the in-process oracle tests
# selected by FILTER. One build, one coverage pass and one test-host start-up for all files: several times faster
# than one run per file. Results: tools/mutation/out/<label>/ (label "all", or the file names joined by '+').
#
#   tools/mutation/run.sh                                  # every file with logic
#   tools/mutation/run.sh GraphBuilder.cs Differentiator.cs
#   CONCURRENCY=1 tools/mutation/run.sh ...                # on a busy machine (default 2)
#   ORACLE=1 tools/mutation/run.sh ...                     # also the in-process compiled oracle (slow, see below)
#
# See docs/mutation-testing.md for runtimes, scores and tools/mutation/equivalent-mutants.md for the surviving
# mutants argued equivalent.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

# The tests the mutants are run against (a vstest filter): the IR evaluated exactly in memory (milliseconds a test).
# ORACLE=1 adds Numerics.InProcessOracleTests, which runs the generator in-process, compiles what it generates and
# calls it (it sees mutants the IR tests cannot, e.g. in how a rewrite's result is printed) but costs one Roslyn
# compilation, 10-40 s, in every test host that runs it: several hours for all files on a 2-core machine.
FILTER=${FILTER:-"FullyQualifiedName~Numerics.RewriteExactnessTests|FullyQualifiedName~Numerics.DifferentiatorTests|FullyQualifiedName~Numerics.HigherOrderTests|FullyQualifiedName~Numerics.OperationTableTests|FullyQualifiedName~Numerics.VectorSupportTests|FullyQualifiedName~Numerics.IntervalTests|FullyQualifiedName~Numerics.NodeTests"}
if [ "${ORACLE:-0}" = 1 ]; then
  FILTER+="|FullyQualifiedName~Numerics.InProcessOracleTests"
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(GraphBuilder.cs GraphBuilder.HigherOrder.cs Differentiator.cs Differentiator.HigherOrder.cs MathFunctions.cs
         MathFunction.cs Interval.cs Singularity.cs VectorSupport.cs UserDerivative.cs NodeKey.cs Graph.cs Node.cs)
  label=all
else
  label=$(IFS=+; echo "${files[*]%.cs}")
fi

mutate=""
for file in "${files[@]}"; do
  mutate+="${mutate:+, }\"**/Ir/$file\""
done

out="$root/tools/mutation/out/$label"
mkdir -p "$out"
cat > "$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "DiffGen.Generator.csproj",
    "test-projects": ["$root/tests/DiffGen.Generator.Tests/DiffGen.Generator.Tests.csproj"],
    "mutate": [$mutate],
    "test-case-filter": "$FILTER",
    "configuration": "Release",
    "concurrency": ${CONCURRENCY:-2},
    "coverage-analysis": "perTest",
    "ignore-methods": ["*Exception.ctor"],
    "reporters": ["dots", "cleartext", "json", "html"],
    "thresholds": { "high": 90, "low": 80, "break": 0 }
  }
}
JSON
# On a loaded machine Buildalyzer's own probe for MSBuild times out ("Could not find build environment") and
# vstest.console misses its 90 s connection window, which aborts the whole run without a report: give both room.
export MSBUILD_EXE_PATH=${MSBUILD_EXE_PATH:-"$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/MSBuild.dll"}
export VSTEST_CONNECTION_TIMEOUT=${VSTEST_CONNECTION_TIMEOUT:-600}
dotnet tool restore >/dev/null
start=$(date +%s)
(cd "$root/tests/DiffGen.Generator.Tests" && dotnet dotnet-stryker -f "$out/stryker-config.json" -O "$out") | tee "$out/log.txt"
echo "${files[*]}: $(( $(date +%s) - start )) s" | tee -a "$out/log.txt"
