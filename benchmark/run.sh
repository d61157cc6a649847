#!/usr/bin/env bash
# The compile-time benchmark (on demand; never part of the tests). Builds what it needs, then runs
# dev.identityerrors.benchmark.Benchmark on JDK 17 with Error Prone 2.42.0.
#   bash benchmark/run.sh                      # full: sizes 250,500,1000,2000, 5 runs each
#   bash benchmark/run.sh --sizes 50 --runs 1 --warmup 0 --real-code none   # a seconds-long smoke run
#   --fenum false leaves the Fenum Checker out; --concurrent 2,4 (the default) also compiles the
#   first size K at a time in one JVM (--concurrent none to skip); --baseline-corpus DIR --baseline
#   FILE (by default robustness' stressed lang3 and its baseline) measures a baselined code base;
#   --sections sarif (any of real,baseline,generated,sarif,concurrent) measures those alone
# Results: benchmark/results/benchmark.md and compile-time.png.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
export JAVA_HOME="$(find_jdk 17)"
maven=(mvn -B -ntp -q)

"${maven[@]}" install -DskipTests -Dinvoker.skip=true
mkdir -p benchmark/target
for path in error-prone-path checker-framework-path corpus-class-path; do
  "${maven[@]}" -f benchmark/pom.xml -P"$path" dependency:build-classpath \
    -Dmdep.outputFile="$PWD/benchmark/target/$path.txt"
done
"${maven[@]}" -f robustness/pom.xml generate-resources   # fetches the third-party sources

real_code=robustness/target/corpus/commons-lang3,robustness/target/corpus/commons-collections4
# A code base adopted with a baseline: the stressed lang3 corpus and the baseline robustness/run.sh
# writes for it (run that first; --baseline-corpus none skips the section).
baseline=(--baseline-corpus none)
if [ -f robustness/target/baselines/commons-lang3.txt ]; then
  baseline=(--baseline-corpus robustness/target/stressed/commons-lang3
    --baseline robustness/target/baselines/commons-lang3.txt)
else
  echo "benchmark: no robustness/target/baselines/commons-lang3.txt (bash robustness/run.sh writes it): the baseline section is skipped" >&2
fi
read -r -a exports <<< "$(tr '\n' ' ' < .mvn/jvm.config)"
class_path="benchmark/target/classes:$(cat benchmark/target/error-prone-path.txt):$(cat benchmark/target/checker-framework-path.txt)"
"$JAVA_HOME/bin/java" "${exports[@]}" -Xms6g -Xmx6g -cp "$class_path" \
  dev.identityerrors.benchmark.Benchmark \
  --corpus-class-path benchmark/target/corpus-class-path.txt \
  --error-prone-version 2.42.0 \
  --checker-framework-version "$(grep -o '<checker-framework.version>[^<]*' benchmark/pom.xml | cut -d'>' -f2)" \
  --real-code "$real_code" \
  "${baseline[@]}" \
  --out benchmark/results \
  "$@"
