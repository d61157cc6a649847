#!/usr/bin/env bash
# The generator of client programs (checker/src/test/.../fuzz): N programs from seed S, each
# compiled with the plugin and judged against the truth the generator knows, then patched and run.
# Runs on both ends of the supported range at once: JDK 17 + Error Prone 2.36.0 and JDK 25 + 2.52.0.
#   bash scripts/fuzz.sh --programs 1000 --seed 42
# Ends with one line `N programs, D disagreements` (D counts a program once per end it disagrees
# on) and exits 1 when D > 0. The disagreements, shrunk, are in target/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
programs=200
seed=$(date +%s)
while [ $# -gt 0 ]; do
  case $1 in
    --programs) programs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: fuzz.sh --programs N --seed S" >&2; exit 2 ;;
  esac
done
out=target/fuzz
mkdir -p "$out"
jdk17=$(find_jdk 17)
jdk25=$(find_jdk 25)
maven=(mvn -B -ntp -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false
  -Dfuzz.programs="$programs" -Dfuzz.seed="$seed" -Dspotless.check.skip=true)
JAVA_HOME="$jdk17" mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true -pl annotations,sdk-stand-in,checker
# Both ends at once, one a core.
log17="$out/fuzz-jdk17-ep2.36.0-seed$seed.log"
log25="$out/fuzz-jdk25-ep2.52.0-seed$seed.log"
# Its own build directory (own-code-check's), with the checker's classes built on JDK 17: the JDK
# 17 leg compiles its tests into target/ at the same time.
rm -rf checker/target/own-code-check
mkdir -p checker/target/own-code-check
cp -r checker/target/classes checker/target/own-code-check/classes
JAVA_HOME="$jdk17" "${maven[@]}" -pl checker test > "$log17" 2>&1 &
pid17=$!
JAVA_HOME="$jdk25" "${maven[@]}" -pl checker test -Perror-prone-latest,own-code-check \
  -Dmaven.main.skip=true > "$log25" 2>&1 &
pid25=$!
wait "$pid17" || true
wait "$pid25" || true
total=0
for log in "$log17" "$log25"; do
  line=$(grep -E '^[0-9]+ programs, [0-9]+ disagreements$' "$log" | tail -1 || true)
  if [ -z "$line" ]; then
    echo "fuzz: $log has no result line" >&2
    exit 2
  fi
  echo "$(basename "$log" .log): $line ($log)"
  total=$((total + $(echo "$line" | cut -d' ' -f3)))
done
# The report robustness/run.sh folds into robustness/results.md: one row a family, from both ends.
report=robustness/fuzz-results.md
{
  echo "Generated client programs (\`bash scripts/fuzz.sh --programs $programs --seed $seed\`, $(date -u +%Y-%m-%d)):"
  echo "each program's findings compared with the truth its generator knows, by line and check, then"
  echo "patched with the meaning-keeping fixes, compiled and run for every code (checker/src/test/.../fuzz)."
  echo "A fragment is one method of a program; a disagreement counts the fragments left in its shrunk program."
  echo
  echo "| family | fragments | findings expected | disagreements, JDK 17 + 2.36.0 | disagreements, JDK 25 + 2.52.0 |"
  echo "|---|---|---|---|---|"
  join -t $'\t' \
    <(grep -P '^family\t' "$log17" | cut -f2- | sort -t $'\t' -k1,1) \
    <(grep -P '^family\t' "$log25" | cut -f2,5 | sort -t $'\t' -k1,1) \
    | awk -F '\t' '{ print "| " $1 " | " $2 " | " $3 " | " $4 " | " $5 " |" }'
  echo
  echo "$programs programs on each end, $total disagreements."
} > "$report"
echo "$programs programs, $total disagreements"
[ "$total" = 0 ]
