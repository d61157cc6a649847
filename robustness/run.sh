#!/usr/bin/env bash
# Robustness on real code: compiles third-party projects' own sources (from Maven Central) with the
# identity-errors checks, twice each:
#   plain     - as published: expect 0 crashes and 0 diagnostics of the checks;
#   stressed  - with @IdentityErrorCode added to every int parameter, field and local: expect 0
#               crashes and the compilation to succeed (the checks may report; nothing else may).
# Writes robustness/results.md and exits non-zero when an expectation fails.
# Usage: bash robustness/run.sh   (needs the plugin installed: mvn install at the top first)
set -euo pipefail
cd "$(dirname "$0")"
source ../scripts/jdk.sh
export JAVA_HOME="${JAVA_HOME_ROBUSTNESS:-$(find_jdk 17)}"

mvn -B -ntp -q generate-resources
processor_path=$(cat target/processorpath.txt)
annotations=target/identity-errors-annotations.jar
read -r -a exports <<< "$(sed 's/^/-J/' ../.mvn/jvm.config | tr '\n' ' ')"
checks=(UnknownErrorCode ErrorCodeLiteral ErrorCodeAnnotationMisuse UnhandledErrorCategory HttpStatusAsErrorCode)
ep_options="-Xplugin:ErrorProne -XepDisableAllChecks -XepOpt:IdentityErrorCode:RethrowInternalErrors=true"
for check in "${checks[@]}"; do ep_options+=" -Xep:$check:WARN"; done
pattern=$(IFS='|'; echo "${checks[*]}")

compile() { # corpus-dir log-file
  find "$1" -name '*.java' > "$2.files"
  set +e
  "$JAVA_HOME/bin/javac" "${exports[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW \
    -encoding UTF-8 --release 17 -Xmaxwarns 1000000 -Xmaxerrs 1000000 \
    -processorpath "$processor_path" -cp "$annotations" -d "$2.classes" \
    "$ep_options" @"$2.files" > "$2" 2>&1
  local status=$?
  set -e
  echo "$status"
}

failed=0
results="| corpus | files | plain: our diagnostics | plain: crashes | stressed: annotated ints | stressed: our diagnostics | stressed: other errors | stressed: crashes |
|---|---|---|---|---|---|---|---|"
for corpus in target/corpus/*; do
  name=$(basename "$corpus")
  files=$(find "$corpus" -name '*.java' | wc -l)
  mkdir -p target/logs
  plain_status=$(compile "$corpus" "target/logs/$name.plain.log")
  plain_ours=$(grep -cE "\[($pattern)\]" "target/logs/$name.plain.log" || true)
  plain_crashes=$(grep -c "An unhandled exception was thrown by the Error Prone" "target/logs/$name.plain.log" || true)

  rm -rf "target/stressed/$name" && mkdir -p target/stressed && cp -r "$corpus" "target/stressed/$name"
  annotated=$(java AnnotateEveryInt.java "target/stressed/$name")
  stressed_status=$(compile "target/stressed/$name" "target/logs/$name.stressed.log")
  stressed_ours=$(grep -cE "\[($pattern)\]" "target/logs/$name.stressed.log" || true)
  stressed_crashes=$(grep -c "An unhandled exception was thrown by the Error Prone" "target/logs/$name.stressed.log" || true)
  other_errors=$(grep -E ": error: " "target/logs/$name.stressed.log" | grep -cvE "\[($pattern)\]" || true)

  results+=$'\n'"| $name | $files | $plain_ours | $plain_crashes | $annotated | $stressed_ours | $other_errors | $stressed_crashes |"
  if [ "$plain_status" != 0 ] || [ "$plain_ours" != 0 ] || [ "$plain_crashes" != 0 ]; then
    echo "robustness: $name as published: javac exit $plain_status, $plain_ours diagnostics, $plain_crashes crashes (target/logs/$name.plain.log)" >&2
    failed=1
  fi
  if [ "$stressed_status" != 0 ] || [ "$other_errors" != 0 ] || [ "$stressed_crashes" != 0 ] || [ "$stressed_ours" = 0 ]; then
    echo "robustness: $name stressed: javac exit $stressed_status, $other_errors other errors, $stressed_crashes crashes, $stressed_ours diagnostics (target/logs/$name.stressed.log)" >&2
    failed=1
  fi
done

{
  echo "# Robustness on real code"
  echo
  echo "Written by \`bash robustness/run.sh\` (JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), Error Prone 2.42.0)."
  echo "Stressed: \`@IdentityErrorCode\` added to every int parameter, field and local; the checks then"
  echo "report on those ints (0 compared with a \"code\" is not a code), which is expected."
  echo
  echo "$results"
} > results.md
cat results.md
exit "$failed"
