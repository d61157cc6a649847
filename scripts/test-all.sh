#!/usr/bin/env bash
# Every test of identity-errors, on both ends of the supported Error Prone range and in between:
#   1. JDK 17 + Error Prone 2.36.0 (the oldest supported, which the checker is compiled against):
#      formatting check, build, unit tests, real Maven consumer builds;
#   2. JDK 25 + Error Prone 2.52.0: the same jars, built once on JDK 17, with the unit tests and the
#      consumer builds run again; the checker's main code compiled once more, aside, to hold it to
#      NullAway there too;
#   3. every Error Prone release from 2.36.0 to 2.52.0 with the same checker jar;
#   4. real third-party code, as published, stressed, baselined and patched; the SARIF reports of the
#      example, a consumer build and the baselined corpora held to the SARIF schema and Multitool;
#   5. the release: built, signed and bundled offline, then consumed from the bundle alone.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh

jdk17=$(find_jdk 17)
jdk25=$(find_jdk 25)
maven=(mvn -B -ntp)

echo "== JDK 17 ($jdk17), Error Prone 2.36.0"
JAVA_HOME="$jdk17" "${maven[@]}" install

echo "== JDK 25 ($jdk25), Error Prone 2.52.0, the checker built on JDK 17"
JAVA_HOME="$jdk25" "${maven[@]}" install -Perror-prone-latest \
  -Dmaven.main.skip=true -Dspotless.check.skip=true

echo "== JDK 25, Error Prone 2.52.0: the checker's own code held to NullAway (into target/own-code-check)"
JAVA_HOME="$jdk25" "${maven[@]}" -pl checker clean compile -Perror-prone-latest,own-code-check

echo "== Every Error Prone release, 2.36.0 to 2.52.0, with the checker jar built on JDK 17"
MATRIX_SKIP_BUILD=true bash scripts/error-prone-matrix.sh

echo "== Robustness on real code: third-party sources, as published and stressed (JDK 17)"
JAVA_HOME="$jdk17" bash robustness/run.sh

echo "== SARIF reports of the example, a multi-module consumer build and the baselined corpora, validated"
bash scripts/sarif-check.sh

echo "== The release, from its bundle alone (JDK 17 + Error Prone 2.36.0, JDK 25 + 2.52.0)"
bash scripts/release-check.sh
