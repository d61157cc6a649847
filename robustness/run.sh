#!/usr/bin/env bash
# Robustness on real code: compiles third-party projects' own sources (from Maven Central) with the
# identity-errors checks, twice each:
#   plain     - as published: expect 0 crashes and 0 diagnostics of the checks;
#   stressed  - with @IdentityErrorCode added to every int parameter, field and local: expect 0
#               crashes and the compilation to succeed (the checks may report; nothing else may).
#   patched   - Error Prone's patch mode with every check (those without a fix patch nothing), over the stressed sources:
#               every patched file must compile again and no finding with a fix may be left; and
#               ErrorCodeLiteral's fix alone must give class files byte-identical to the unpatched
#               sources' (compiled without debug information): proof that it changes no behaviour;
#               and, compiled with Error Prone's default checks on as well, the patched sources may
#               give no diagnostic of Error Prone's own checks that the stressed sources did not.
# Writes robustness/results.md and exits non-zero when an expectation fails.
# Usage: bash robustness/run.sh   (needs the plugin installed: mvn install at the top first)
set -euo pipefail
cd "$(dirname "$0")"
source ../scripts/jdk.sh
source ../scripts/checks.sh
export JAVA_HOME="${JAVA_HOME_ROBUSTNESS:-$(find_jdk 17)}"

mvn -B -ntp -q generate-resources
processor_path=$(cat target/processorpath.txt)
annotations=target/identity-errors-annotations.jar
read -r -a exports <<< "$(sed 's/^/-J/' ../.mvn/jvm.config | tr '\n' ' ')"
mapfile -t checks < <(identity_checks "$(tr ':' '\n' < target/processorpath.txt | grep -m1 '/identity-errors-checker-[^/]*\.jar$')")
ep_options="-Xplugin:ErrorProne -XepDisableAllChecks -XepOpt:IdentityErrorCode:RethrowInternalErrors=true"
for check in "${checks[@]}"; do ep_options+=" -Xep:$check:WARN"; done
# Error Prone's default checks on beside ours (its errors as warnings, so that every file is seen).
ep_defaults="${ep_options/ -XepDisableAllChecks/} -XepAllErrorsAsWarnings"
pattern=$(IFS='|'; echo "${checks[*]}")

compile() { # corpus-dir log-file [extra Error Prone options]
  find "$1" -name '*.java' | sort > "$2.files"
  rm -rf "$2.classes"
  set +e
  "$JAVA_HOME/bin/javac" "${exports[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW \
    -encoding UTF-8 --release 17 -Xmaxwarns 1000000 -Xmaxerrs 1000000 \
    -processorpath "$processor_path" -cp "$annotations" -d "$2.classes" \
    "${EP_OPTIONS:-$ep_options}${3:+ $3}" @"$2.files" > "$2" 2>&1
  local status=$?
  set -e
  echo "$status"
}

# Plain javac without debug information, for comparing class files.
compile_bare() { # corpus-dir classes-dir
  rm -rf "$2" && mkdir -p "$2"
  find "$1" -name '*.java' | sort > "$2.files"
  "$JAVA_HOME/bin/javac" -g:none -encoding UTF-8 --release 17 -nowarn -Xlint:none -cp "$annotations" \
    -d "$2" @"$2.files" > "$2.log" 2>&1
}

# A class file's code and members, without constant-pool indices.
# Bytecode offsets are left out (and ldc_w read as ldc): one more pool entry can widen an ldc and
# move every later offset without changing an instruction.
class_code() {
  "$JAVA_HOME/bin/javap" -c -p -constants "$1" | sed -E 's/#[0-9]+(,[ ]*[0-9]+)?/#/g; s/ +/ /g' | awk '
    in_switch && /^ *}/ { in_switch = 0; print; next }
    in_switch { sub(/: -?[0-9]+$/, ": L"); print; next }
    /^ *Exception table:/ { in_table = 1; print; next }
    in_table && /^ *[0-9]+ +[0-9]+ +[0-9]+ / { gsub(/[0-9]+/, "L"); print; next }
    { in_table = 0 }
    /^ *[0-9]+: / {
      sub(/^ *[0-9]+: /, "  ")
      sub(/ldc_w /, "ldc "); sub(/goto_w /, "goto "); sub(/jsr_w /, "jsr ")
      if ($1 ~ /^(goto|jsr|if[a-z_]*)$/) { sub(/ -?[0-9]+$/, " L") }
      if ($1 ~ /^(tableswitch|lookupswitch)$/) { in_switch = 1 }
    }
    { print }'
}
# A class file's constant-pool entries, without their indices, sorted.
class_pool() {
  "$JAVA_HOME/bin/javap" -v "$1" | sed -n '/^Constant pool:/,/^{/p' | grep -E '^ +#[0-9]+ = ' |
    sed -E 's/^ +#[0-9]+ = //; s/#[0-9]+/#/g; s/ +/ /g' | sort
}
# Same behaviour: byte for byte, or (javac records the class of every constant it inlines, since
# JDK 9) the same code and members, the pool differing only by entries naming the catalogue class.
same_class() { # before.class after.class -> "identical", "pool" or "differs"
  if cmp -s "$1" "$2"; then echo identical; return; fi
  if [ "$(class_code "$1")" = "$(class_code "$2")" ] \
    && [ -z "$(comm -23 <(class_pool "$1") <(class_pool "$2"))" ] \
    && [ -z "$(comm -13 <(class_pool "$1") <(class_pool "$2") | grep -v 'dev/identityerrors/IdentityErrorCodes')" ]; then
    echo pool; return
  fi
  echo differs
}

# Diagnostics of Error Prone's own checks, as "file<TAB>check" (no line: a fix may add an import),
# one per diagnostic, with the corpus folder left out.
own_diagnostics() { # log corpus-dir
  (grep -E "^[^ ]+\.java:[0-9]+: (warning|error): \[[A-Za-z0-9]+\]" "$1" || true) | (grep -vE "\[($pattern)\]" || true) \
    | sed -E "s|^$2/||; s|^([^ ]+\.java):[0-9]+: [a-z]+: \[([A-Za-z0-9]+)\].*|\1\t\2|" | sort
}

# Findings that come with a fix: Error Prone prints a "Did you mean" line under each.
fixable() { grep -c "Did you mean" "$1" || true; }

fixed_checks=$(IFS=','; echo "${checks[*]}")   # those without a fix patch nothing
patch_results="| corpus | findings | with a fix | files patched | patched files that fail to compile | findings with a fix left | Error Prone's own diagnostics before | after | new | ErrorCodeLiteral fixes | classes compared | byte-identical | same code, pool names the catalogue | classes whose code differs |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"

baseline_results="| corpus | stressed findings | baseline entries | findings recorded | rebuilt with the baseline: reported | stale notes | in its SARIF report, suppressed |
|---|---|---|---|---|---|---|"
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

  # A baseline of the stressed sources, written by an update, then a rebuild against it: every
  # finding recorded (as many as the stressed compilation reported), none reported, none stale.
  baseline="$PWD/target/baselines/$name.txt"
  rm -f "$baseline" && mkdir -p target/baselines
  update_status=$(compile "target/stressed/$name" "target/logs/$name.baseline-update.log" \
    "-XepOpt:IdentityErrorCode:Baseline=$baseline -XepOpt:IdentityErrorCode:UpdateBaseline=true")
  entries=$( (grep -v '^#' "$baseline" 2>/dev/null || true) | wc -l)
  recorded=$( (grep -v '^#' "$baseline" 2>/dev/null || true) | awk -F'\t' '{ n += $3 } END { print n + 0 }')
  # The rebuild writes its SARIF report too (scripts/sarif-check.sh validates it): every finding
  # there, suppressed by the baseline.
  rm -rf "target/sarif/$name"
  baselined_status=$(compile "target/stressed/$name" "target/logs/$name.baselined.log" \
    "-XepOpt:IdentityErrorCode:Baseline=$baseline -XepOpt:IdentityErrorCode:StrictBaseline=true -XepOpt:IdentityErrorCode:Sarif=$PWD/target/sarif/$name -XepOpt:IdentityErrorCode:SarifRoot=$PWD/target/stressed/$name")
  sarif_suppressed=$(cat "target/sarif/$name"/*.sarif 2>/dev/null | grep -c '"baselineState": "unchanged"' || true)
  baselined_ours=$(grep -E "\[($pattern)\]" "target/logs/$name.baselined.log" | grep -cv "identity-errors baseline:" || true)
  stale_notes=$(grep -cE "identity-errors baseline: .*recorded in .* (is|are) gone" "target/logs/$name.baselined.log" || true)
  baseline_results+=$'\n'"| $name | $stressed_ours | $entries | $recorded | $baselined_ours | $stale_notes | $sarif_suppressed |"
  if [ "$update_status" != 0 ] || [ "$baselined_status" != 0 ] || [ "$recorded" != "$stressed_ours" ] \
    || [ "$baselined_ours" != 0 ] || [ "$stale_notes" != 0 ] || [ "$sarif_suppressed" != "$stressed_ours" ]; then
    echo "robustness: $name baseline: update exit $update_status, $recorded of $stressed_ours findings recorded; rebuild exit $baselined_status, $baselined_ours reported, $stale_notes stale notes, $sarif_suppressed suppressed in its SARIF report (target/logs/$name.baselined.log)" >&2
    failed=1
  fi

  # Patch mode with every fix, then the patched sources compiled again with the checks.
  patched="target/patched/$name"
  rm -rf "$patched" && mkdir -p target/patched && cp -r "target/stressed/$name" "$patched"
  compile "$patched" "target/logs/$name.patch.log" "-XepPatchChecks:$fixed_checks -XepPatchLocation:IN_PLACE" > /dev/null
  with_fix=$(fixable "target/logs/$name.stressed.log")
  files_patched=$(diff -rq "target/stressed/$name" "$patched" | grep -c "differ" || true)
  recompile_status=$(compile "$patched" "target/logs/$name.patched.log")
  failing_files=$( (grep -E "^[^ ]+\.java:[0-9]+: error: " "target/logs/$name.patched.log" || true) | (grep -vE "\[($pattern)\]" || true) | cut -d: -f1 | sort -u | wc -l)
  fixable_left=$(fixable "target/logs/$name.patched.log")
  # With Error Prone's defaults on: what its own checks say of the stressed and the patched sources.
  EP_OPTIONS="$ep_defaults" compile "target/stressed/$name" "target/logs/$name.stressed-defaults.log" > /dev/null
  EP_OPTIONS="$ep_defaults" compile "$patched" "target/logs/$name.patched-defaults.log" > /dev/null
  own_diagnostics "target/logs/$name.stressed-defaults.log" "target/stressed/$name" > "target/logs/$name.own-before.txt"
  own_diagnostics "target/logs/$name.patched-defaults.log" "$patched" > "target/logs/$name.own-after.txt"
  own_before=$(wc -l < "target/logs/$name.own-before.txt")
  own_after=$(wc -l < "target/logs/$name.own-after.txt")
  # New: a (file, check) with more diagnostics after the patch than before.
  own_new=$(comm -13 "target/logs/$name.own-before.txt" "target/logs/$name.own-after.txt" | tee "target/logs/$name.own-new.txt" | wc -l)

  # ErrorCodeLiteral alone: the same class files, byte for byte.
  literal="target/literal/$name"
  rm -rf "$literal" && mkdir -p target/literal && cp -r "target/stressed/$name" "$literal"
  compile "$literal" "target/logs/$name.literal-patch.log" "-XepPatchChecks:ErrorCodeLiteral -XepPatchLocation:IN_PLACE" > /dev/null
  literal_fixes=$(grep -A4 "\[ErrorCodeLiteral\]" "target/logs/$name.stressed.log" | grep -c "Did you mean" || true)
  compile_bare "target/stressed/$name" "target/bytecode/$name/before"
  compile_bare "$literal" "target/bytecode/$name/after"
  compared=$(cd "target/bytecode/$name/before" && find . -name '*.class' | wc -l)
  differing=0 pool_only=0
  while IFS= read -r class; do
    case $(same_class "target/bytecode/$name/before/$class" "target/bytecode/$name/after/$class") in
      pool) pool_only=$((pool_only + 1)) ;;
      differs)
        echo "robustness: $name: ErrorCodeLiteral's fix changed the code of $class" >&2
        differing=$((differing + 1)) ;;
    esac
  done < <(cd "target/bytecode/$name/before" && find . -name '*.class' | sort)
  after_count=$(cd "target/bytecode/$name/after" && find . -name '*.class' | wc -l)

  patch_results+=$'\n'"| $name | $stressed_ours | $with_fix | $files_patched | $failing_files | $fixable_left | $own_before | $own_after | $own_new | $literal_fixes | $compared | $((compared - pool_only - differing)) | $pool_only | $differing |"
  if [ "$recompile_status" != 0 ] || [ "$failing_files" != 0 ] || [ "$fixable_left" != 0 ] || [ "$own_new" != 0 ] \
    || [ "$differing" != 0 ] || [ "$compared" = 0 ] || [ "$compared" != "$after_count" ] || [ "$files_patched" = 0 ]; then
    echo "robustness: $name patched: javac exit $recompile_status, $failing_files files fail to compile, $fixable_left findings with a fix left, $own_new new diagnostics of Error Prone's own checks (target/logs/$name.own-new.txt), $differing of $compared classes differ ($after_count after) (target/logs/$name.patched.log)" >&2
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
  echo
  echo "Baseline: \`-XepOpt:IdentityErrorCode:UpdateBaseline=true\` over the stressed sources, then the"
  echo "same sources rebuilt with \`-XepOpt:IdentityErrorCode:Baseline\` and \`StrictBaseline=true\`: every"
  echo "finding recorded, none reported, none stale (docs/baseline.md); the rebuild's SARIF report"
  echo "(-XepOpt:IdentityErrorCode:Sarif) holds every finding, suppressed by the baseline."
  echo
  echo "$baseline_results"
  echo
  echo "Patched: Error Prone's patch mode with every check ($fixed_checks; those without a fix patch nothing) over the"
  echo "stressed sources, which are then compiled again with the checks, and, with Error Prone's default"
  echo "checks on as well, must give no diagnostic of Error Prone's own checks that the stressed sources"
  echo "did not (counted per file and check: a fix may add an import and move lines); and ErrorCodeLiteral's fix"
  echo "alone, whose class files (compiled with \`-g:none\`) are compared with the unpatched sources':"
  echo "byte for byte, or, where javac has added a constant-pool entry naming the class of the"
  echo "constant it inlined (which it does since JDK 9), instruction by instruction with every member"
  echo "and every other pool entry the same. A class whose code differs fails the run."
  echo
  echo "$patch_results"
  if [ -f fuzz-results.md ]; then
    # Written by scripts/fuzz.sh, which takes longer than this run: its latest report.
    echo
    echo "## Generated client programs"
    echo
    cat fuzz-results.md
  fi
} > results.md
cat results.md
exit "$failed"
