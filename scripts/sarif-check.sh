#!/usr/bin/env bash
# The SARIF reports (-XepOpt:IdentityErrorCode:Sarif) held to two real validators:
#   - the SARIF 2.1.0 JSON schema, with a schema validator from the registry
#     (com.networknt:json-schema-validator, the checker's test dependency: scripts/SarifSchemaCheck.java);
#   - Microsoft's SARIF Multitool (npm's @microsoft/sarif-multitool, pinned below), `validate`: no
#     result at level error;
# on the reports of the example (compiled here), of the multi-module consumer build
# baseline-adopts-legacy-code (the integration tests, run before) and of the baselined stressed corpora
# (robustness/run.sh, run before). Exits 1 when a group of reports is missing or either validator
# finds an error.
# Usage: bash scripts/sarif-check.sh   (after mvn install, the integration tests and robustness/run.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
export JAVA_HOME="${JAVA_HOME_SARIF:-$(find_jdk 17)}"
multitool_version=5.7.0
out=target/sarif-check
rm -rf "$out" && mkdir -p "$out"

echo "== The example's report"
mvn -B -ntp -f example/pom.xml clean compile \
  -Didentity-errors.sarif="-XepOpt:IdentityErrorCode:Sarif=$PWD/$out/example -XepOpt:IdentityErrorCode:SarifRoot=$PWD/example" \
  > "$out/example-build.log" 2>&1 || { cat "$out/example-build.log"; exit 1; }

declare -A groups=(
  [example]="$out/example"
  [multi-module consumer build]="integration-tests/target/it/baseline-adopts-legacy-code/target/identity-errors-sarif"
  [baselined stressed corpora]="robustness/target/sarif"
)
logs=()
for group in "${!groups[@]}"; do
  mapfile -t found < <(find "${groups[$group]}" -name '*.sarif' 2>/dev/null | sort)
  results=0
  for log in "${found[@]}"; do
    results=$((results + $(grep -c '"ruleId"' "$log" || true)))
  done
  echo "$group: ${#found[@]} reports, $results results (${groups[$group]})"
  if [ "${#found[@]}" = 0 ] || [ "$results" = 0 ]; then
    echo "sarif-check: no report with results for the $group in ${groups[$group]}" >&2
    exit 1
  fi
  logs+=("${found[@]}")
done

echo "== The SARIF 2.1.0 JSON schema (com.networknt:json-schema-validator)"
npm install --no-audit --no-fund --silent --prefix "$out/tools" \
  "@microsoft/sarif-multitool@$multitool_version" "@microsoft/sarif-multitool-linux@$multitool_version"
tool="$out/tools/node_modules/@microsoft/sarif-multitool-linux"
# npm 11 runs no install script unless approved: the package's own chmod, done here.
chmod u+x "$tool/Sarif.Multitool"
mvn -B -ntp -q -pl checker dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$out/classpath.txt" > /dev/null
"$JAVA_HOME/bin/java" -cp "$(cat "$out/classpath.txt")" scripts/SarifSchemaCheck.java \
  "$tool/sarif-2.1.0.json" "${logs[@]}"

echo "== Microsoft's SARIF Multitool $multitool_version, validate"
failed=0
for log in "${logs[@]}"; do
  report="$out/validation/$(echo "$log" | tr '/' '_')"
  mkdir -p "$out/validation"
  # Its own exit status is not its verdict: the verdict is the results it writes, by level.
  rm -f "$report"
  "$tool/Sarif.Multitool" validate --output "$report" "$log" > "$report.log" 2>&1 || true
  if [ ! -s "$report" ]; then
    echo "sarif-check: the Multitool wrote no verdict on $log:" >&2
    cat "$report.log" >&2
    failed=1
    continue
  fi
  # Its results at level error (a rule's level where a result has none), read with Node.
  errors=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const bad = [];
    for (const run of log.runs) {
      const rules = (run.tool.driver.rules || []);
      for (const r of run.results || []) {
        const rule = rules[r.ruleIndex] || {};
        const level = r.level || (rule.defaultConfiguration || {}).level || "warning";
        if (level === "error") bad.push(r.ruleId + ": " + (r.message.text || JSON.stringify(r.message)));
      }
    }
    console.log(bad.join("\n"));' "$report")
  if [ -n "$errors" ]; then
    echo "sarif-check: $log: the Multitool finds errors (its verdict: $report):" >&2
    echo "$errors" >&2
    failed=1
  fi
done
echo "${#logs[@]} reports validated by the Multitool, $( [ "$failed" = 0 ] && echo "no error" || echo "with errors")"
exit "$failed"
