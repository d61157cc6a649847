#!/usr/bin/env bash
# The main job: builds the identity-errors plugin (JDK 17, Error Prone 2.42.0) and compiles the
# bundled example client with it, printing every diagnostic of the checks and what it means.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
source scripts/checks.sh
jdk17=$(find_jdk 17)
export JAVA_HOME="$jdk17"

echo "== Building the plugin (JDK 17: $jdk17)"
mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true

echo "== Compiling example/ with the plugin (all findings as warnings, so the build completes)"
mkdir -p target
mvn -B -ntp -f example/pom.xml clean compile > target/example-build.log 2>&1 || {
  cat target/example-build.log
  exit 1
}

version=$(grep -m1 -o '<version>[^<]*' pom.xml | cut -d'>' -f2)
mapfile -t check_names < <(identity_checks "checker/target/identity-errors-checker-$version.jar")
checks=$(IFS='|'; echo "${check_names[*]}")
findings=$(grep -E "^\[WARNING\] .*\.java:\[[0-9]+,[0-9]+\] \[($checks)\]" target/example-build.log |
  sed -E 's#^\[WARNING\] .*/(src/main/java/[^:]*):\[([0-9]+),([0-9]+)\] #example/\1:\2: #' | sort -u -t: -k1,1 -k2,2n)
echo
echo "$findings"
echo
echo "== $(printf '%s\n' "$findings" | grep -c .) findings. What they mean:"
# Each check's summary, as its docs page states it (a test holds the page to the @BugPattern).
for check in "${check_names[@]}"; do
  summary=$(awk '/\*\*Summary:\*\*/ { on = 1; sub(/.*\*\*Summary:\*\* */, "") } on && /^$/ { exit } on { printf "%s ", $0 }' "docs/checks/$check.md")
  printf '  %-26s %s\n' "$check" "${summary% }"
done
echo "In a real build the errors among these fail the compilation; see docs/checks/ for each check."
