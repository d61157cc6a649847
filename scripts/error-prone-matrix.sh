#!/usr/bin/env bash
# The Error Prone compatibility run: the checker jar, built once (Java 17 bytecode), loaded by every
# Error Prone release from 2.36.0 to the newest - 2.36.0 to 2.42.0 on JDK 17, 2.43.0 and later on
# JDK 25 (they need JDK 21+) - compiling the bundled example, the misuse consumer build and a file
# with a finding of every check and every fix (error-prone-matrix/src), so that every code path of
# the checks runs on every release. Each
# release must load every check through ServiceLoader (each is named with -Xep, which fails on an
# unknown name) and report exactly the diagnostics their `// expect: SEVERITY Check` markers list;
# and a baseline of the every-fix sources, written by an update, must hold them all and quiet them.
#   bash scripts/error-prone-matrix.sh              # every release (builds the jars first)
#   bash scripts/error-prone-matrix.sh 2.36.0 2.52.0 # just these
# Prints one line per release and a closing `N passed, N failed`; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
source scripts/checks.sh
jdk17=$(find_jdk 17)
jdk25=$(find_jdk 25)

releases=("$@")
if [ ${#releases[@]} -eq 0 ]; then
  releases=(2.36.0 2.37.0 2.38.0 2.39.0 2.40.0 2.41.0 2.42.0
            2.43.0 2.44.0 2.45.0 2.46.0 2.47.0 2.48.0 2.49.0 2.50.0 2.51.0 2.52.0)
fi

work=target/error-prone-matrix
mkdir -p "$work"
if [ "${MATRIX_SKIP_BUILD:-}" != true ]; then
  JAVA_HOME="$jdk17" mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true
fi
# The project's own version: the first <version> of the top pom.
version=$(grep -m1 -o '<version>[^<]*' pom.xml | cut -d'>' -f2)
repo="${MAVEN_REPO:-$HOME/.m2/repository}/dev/identityerrors"
jar() { echo "$repo/$1/$version/$1-$version.jar"; }
checker=$(jar identity-errors-checker)
class_path="$(jar identity-errors-annotations):$(jar identity-errors-sdk-stand-in)"

mapfile -t checks < <(identity_checks "$checker")
check_options=""
for check in "${checks[@]}"; do check_options+=" -Xep:$check"; done
pattern=$(IFS='|'; echo "${checks[*]}")
read -r -a exports <<< "$(sed 's/^/-J/' .mvn/jvm.config | tr '\n' ' ')"

# name|sources|extra Error Prone options
projects=(
  "example|example/src/main/java|-XepOpt:IdentityErrorCode:CodeSources=com.acme.identity.IdentityFailure#code"
  "consumer build|integration-tests/src/it/misuse-fails-the-build/src/main/java|"
  "every fix|scripts/error-prone-matrix/src|"
)

expected_of() { # sources-dir: "File.java:LINE SEVERITY Check" per marker
  grep -rnoE '// expect: (ERROR|WARNING) [A-Za-z]+' "$1" --include='*.java' |
    sed -E 's#^.*/([^/]+\.java):([0-9]+):// expect: ([A-Z]+) ([A-Za-z]+)#\1:\2 \3 \4#' | sort
}

actual_of() { # log: "File.java:LINE SEVERITY Check" per diagnostic of the checks
  grep -E "^[^ ]+\.java:[0-9]+: (error|warning): \[($pattern)\]" "$1" |
    sed -E 's#^.*/([^/]+\.java):([0-9]+): (error|warning): \[([A-Za-z]+)\].*#\1:\2 \3 \4#' |
    sed -e 's/ error / ERROR /' -e 's/ warning / WARNING /' | sort
}

passed=0
failed=0
table="| Error Prone | JDK | checks loaded | findings expected/reported | result |
|---|---|---|---|---|"
printf '%-8s %-6s %-14s %-20s %-8s %s\n' release JDK "checks loaded" "findings exp/act" seconds result
for release in "${releases[@]}"; do
  start=$(date +%s)
  major_minor=${release%.*}
  if [ "$(printf '%s\n' "$major_minor" 2.42 | sort -V | head -1)" = "$major_minor" ]; then
    jdk=$jdk17; jdk_name=17
  else
    jdk=$jdk25; jdk_name=25
  fi
  cp_file="$PWD/$work/processorpath-$release.txt"
  if [ ! -s "$cp_file" ]; then
    JAVA_HOME="$jdk" mvn -B -ntp -q -f scripts/error-prone-matrix/pom.xml generate-resources \
      -Derror-prone.version="$release" -Doutput.file="$cp_file" > "$work/resolve-$release.log" 2>&1 || {
      printf '%-8s %-6s %-14s %-20s %-8s %s\n' "$release" "$jdk_name" - - - "FAILED: cannot resolve (see $work/resolve-$release.log)"
      failed=$((failed + 1)); continue; }
  fi
  processor_path="$(cat "$cp_file"):$checker"
  ok=true loaded=${#checks[@]} expected_total=0 actual_total=0 detail=""
  for project in "${projects[@]}"; do
    IFS='|' read -r name sources extra <<< "$project"
    log="$work/$release-${name// /-}.log"
    rm -rf "$log.classes" && mkdir -p "$log.classes"
    set +e
    "$jdk/bin/javac" "${exports[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW \
      -source 17 -target 17 -encoding UTF-8 -Xmaxwarns 100000 -processorpath "$processor_path" \
      -cp "$class_path" -d "$log.classes" \
      "-Xplugin:ErrorProne -XepDisableAllChecks$check_options${extra:+ $extra}" \
      $(find "$sources" -name '*.java' | sort) > "$log" 2>&1
    set -e
    expected=$(expected_of "$sources")
    actual=$(actual_of "$log")
    expected_total=$((expected_total + $(printf '%s' "$expected" | grep -c . || true)))
    actual_total=$((actual_total + $(printf '%s' "$actual" | grep -c . || true)))
    if grep -qE "not a valid checker name|No check named|InvalidCommandLineOption|ServiceConfigurationError" "$log"; then
      ok=false loaded="<${#checks[@]}" detail+=" $name: a check did not load ($log);"
    fi
    if grep -q "An unhandled exception was thrown by the Error Prone" "$log"; then
      ok=false detail+=" $name: a check crashed ($log);"
    fi
    if [ "$expected" != "$actual" ]; then
      ok=false
      detail+=" $name: diagnostics differ (< expected, > reported): $(diff <(echo "$expected") <(echo "$actual") | grep '^[<>]' | tr '\n' ';' || true)"
    fi
  done
  # The baseline on this release (its keys read the flagged tree, whose type differs between
  # releases): an update over the every-fix sources records each finding, a rebuild reports none.
  sources=scripts/error-prone-matrix/src
  baseline="$PWD/$work/$release-baseline.txt"
  rm -f "$baseline"
  for mode in update rebuild; do
    flags="-XepOpt:IdentityErrorCode:Baseline=$baseline"
    [ "$mode" = update ] && flags+=" -XepOpt:IdentityErrorCode:UpdateBaseline=true"
    log="$work/$release-baseline-$mode.log"
    rm -rf "$log.classes" && mkdir -p "$log.classes"
    set +e
    "$jdk/bin/javac" "${exports[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW \
      -source 17 -target 17 -encoding UTF-8 -Xmaxwarns 100000 -processorpath "$processor_path" \
      -cp "$class_path" -d "$log.classes" \
      "-Xplugin:ErrorProne -XepDisableAllChecks$check_options $flags" \
      $(find "$sources" -name '*.java' | sort) > "$log" 2>&1
    set -e
  done
  recorded=$( (grep -v '^#' "$baseline" 2>/dev/null || true) | awk -F'\t' '{ n += $3 } END { print n + 0 }')
  markers=$(expected_of "$sources" | grep -c . || true)
  left=$(actual_of "$work/$release-baseline-rebuild.log" | grep -c . || true)
  if [ "$recorded" != "$markers" ] || [ "$left" != 0 ]; then
    ok=false detail+=" baseline: $recorded of $markers findings recorded, $left reported against it ($work/$release-baseline-rebuild.log);"
  fi
  seconds=$(( $(date +%s) - start ))
  if $ok; then
    passed=$((passed + 1)); result=ok
  else
    failed=$((failed + 1)); result="FAILED:$detail"
  fi
  printf '%-8s %-6s %-14s %-20s %-8s %s\n' "$release" "$jdk_name" "$loaded/${#checks[@]}" \
    "$expected_total/$actual_total" "$seconds" "$result"
  table+=$'\n'"| $release | $jdk_name | $loaded/${#checks[@]} | $expected_total/$actual_total | ${result%%:*} |"
done
echo "$passed passed, $failed failed"

# The whole range run: the docs' table is this run's (no timings, so that it changes only when
# what was tested changes). A committed table that differs fails the run, once rewritten.
if [ $# -eq 0 ]; then
  doc=docs/supported-versions.md
  begin='<!-- error-prone-matrix:begin -->' end='<!-- error-prone-matrix:end -->'
  generated=$(printf '%s\n%s\n\n%s\n%s' "$begin" \
    "Every check loaded through \`ServiceLoader\`; findings are those the sources' markers expect." \
    "$table" "$end")
  committed=$(sed -n "/^$begin\$/,/^$end\$/p" "$doc")
  if [ "$generated" != "$committed" ]; then
    awk -v begin="$begin" -v end="$end" -v table="$generated" '
      $0 == begin { print table; skipping = 1; next }
      $0 == end { skipping = 0; next }
      !skipping { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
    echo "error-prone-matrix: $doc held another table; rewritten with this run's: commit it" >&2
    failed=$((failed + 1))
  fi
fi
[ "$failed" = 0 ]
