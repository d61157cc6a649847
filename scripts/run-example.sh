#!/usr/bin/env bash
# The main job: builds the identity-errors plugin (JDK 17, Error Prone 2.42.0) and compiles the
# bundled example client with it, printing every diagnostic of the checks and what it means.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
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

checks='UnknownErrorCode|ErrorCodeLiteral|ErrorCodeAnnotationMisuse|UnhandledErrorCategory|HttpStatusAsErrorCode'
findings=$(grep -E "^\[WARNING\] .*\.java:\[[0-9]+,[0-9]+\] \[($checks)\]" target/example-build.log |
  sed -E 's#^\[WARNING\] .*/(src/main/java/[^:]*):\[([0-9]+),([0-9]+)\] #example/\1:\2: #' | sort -u -t: -k1,1 -k2,2n)
echo
echo "$findings"
echo
echo "== $(printf '%s\n' "$findings" | grep -c .) findings. What they mean:"
cat <<'LEGEND'
  UnknownErrorCode           the number is not in the LUSID Identity catalogue (a typo, or an HTTP
                             status); a near code is suggested, and fixed when there is just one.
  ErrorCodeLiteral           a right code written as a number: use the IdentityErrorCodes constant.
  ErrorCodeAnnotationMisuse  @IdentityErrorCode on a type that cannot hold a code.
  UnhandledErrorCategory     a switch on a code with no default misses whole categories of codes.
  HttpStatusAsErrorCode      ApiException#getCode() is the HTTP status, not the LUSID code.
In a real build the errors among these fail the compilation; see README.md for each check.
LEGEND
