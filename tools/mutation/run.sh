#!/usr/bin/env bash
# Mutation testing of the IR core with Stryker.NET 5.1.0 (pinned in .config/dotnet-tools.json), one file at a
# time: each run mutates one file under generator/DiffGen.Generator/Ir and runs only the generator tests that
# evaluate IR in-process (fast; they see every generator mutant). Results: tools/mutation/out/<File>/.
#
#   tools/mutation/run.sh                      # every file in the list below
#   tools/mutation/run.sh GraphBuilder.cs      # one file
#   CONCURRENCY=1 tools/mutation/run.sh ...    # on a busy machine
#
# See docs/mutation-testing.md for runtimes, scores and the surviving mutants argued equivalent.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

# The tests each file's mutants are run against (a vstest filter): in-memory IR tests, seconds per run.
declare -A filters=(
  [GraphBuilder.cs]="FullyQualifiedName~Numerics.RewriteExactnessTests|FullyQualifiedName~Numerics.DifferentiatorTests"
  [Differentiator.cs]="FullyQualifiedName~Numerics.DifferentiatorTests"
  [Node.cs]="FullyQualifiedName~Numerics.RewriteExactnessTests|FullyQualifiedName~Numerics.DifferentiatorTests"
  [NodeKey.cs]="FullyQualifiedName~Numerics.RewriteExactnessTests|FullyQualifiedName~Numerics.DifferentiatorTests"
  [Graph.cs]="FullyQualifiedName~Numerics.DifferentiatorTests"
)

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(GraphBuilder.cs Differentiator.cs Node.cs NodeKey.cs Graph.cs)
fi

dotnet tool restore >/dev/null
for file in "${files[@]}"; do
  name=${file%.cs}
  out="$root/tools/mutation/out/$name"
  mkdir -p "$out"
  cat > "$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "DiffGen.Generator.csproj",
    "test-projects": ["$root/tests/DiffGen.Generator.Tests/DiffGen.Generator.Tests.csproj"],
    "mutate": ["**/Ir/$file"],
    "test-case-filter": "${filters[$file]:-FullyQualifiedName~Numerics.DifferentiatorTests}",
    "configuration": "Release",
    "concurrency": ${CONCURRENCY:-2},
    "coverage-analysis": "perTest",
    "reporters": ["cleartext", "json", "html"],
    "thresholds": { "high": 90, "low": 80, "break": 0 }
  }
}
JSON
  start=$(date +%s)
  (cd "$root/tests/DiffGen.Generator.Tests" && dotnet dotnet-stryker -f "$out/stryker-config.json" -O "$out") | tee "$out/log.txt"
  echo "$file: $(( $(date +%s) - start )) s" | tee -a "$out/log.txt"
done
