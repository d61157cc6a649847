#!/usr/bin/env bash
# The generator of client programs (checker/src/test/.../fuzz): N programs from seed S, each
# compiled with the plugin and judged against the truth the generator knows, then patched and run.
# Runs on both ends of the supported range: JDK 17 + Error Prone 2.36.0 and JDK 25 + 2.52.0.
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
total=0
for leg in "17 2.36.0" "25 2.52.0"; do
  read -r jdk_name ep <<< "$leg"
  log="$out/fuzz-jdk$jdk_name-ep$ep-seed$seed.log"
  if [ "$jdk_name" = 17 ]; then
    JAVA_HOME="$jdk17" "${maven[@]}" -pl checker test > "$log" 2>&1 || true
  else
    JAVA_HOME="$jdk25" "${maven[@]}" -pl checker test -Perror-prone-latest -Dmaven.main.skip=true > "$log" 2>&1 || true
  fi
  line=$(grep -E '^[0-9]+ programs, [0-9]+ disagreements$' "$log" | tail -1 || true)
  if [ -z "$line" ]; then
    echo "fuzz: JDK $jdk_name + Error Prone $ep did not run (see $log)" >&2
    exit 2
  fi
  echo "JDK $jdk_name + Error Prone $ep, seed $seed: $line ($log)"
  total=$((total + $(echo "$line" | cut -d' ' -f3)))
done
echo "$programs programs, $total disagreements"
[ "$total" = 0 ]
