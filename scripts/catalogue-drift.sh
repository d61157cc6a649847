#!/usr/bin/env bash
# Keeps the catalogue in step with the Identity API's OpenAPI document, which publishes it as
# info.x-fbn-error-codes. SPEC is YAML or JSON, the whole document or that part of it.
#   bash scripts/catalogue-drift.sh SPEC            # one line per difference; exit 0 only when in step
#   bash scripts/catalogue-drift.sh SPEC --update [--category CODE=CATEGORY]... [--constant CODE=NAME]...
# --update rewrites annotations/src/main/catalogue/identity-error-codes.tsv: titles and descriptions
# from the spec, constants and categories kept; a new code needs --category (else nothing is written)
# and gets a constant derived from its title unless --constant names it. Then `mvn install`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/jdk.sh"
export JAVA_HOME="$(find_jdk 17)"
(cd "$root" && mvn -B -ntp -q -pl catalogue-tool compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dspotless.check.skip=true)
"$JAVA_HOME/bin/java" -cp "$root/catalogue-tool/target/classes:$(cat "$root/catalogue-tool/target/classpath.txt")" \
  dev.identityerrors.build.CatalogueDrift --catalogue "$root/annotations/src/main/catalogue" "$@"
