#!/usr/bin/env bash
# Sets the project's version in every POM of the repository (the parent, the modules' <parent>,
# and the builds outside the reactor that name it): what a release commit and the commit after it
# do (CONTRIBUTING.md).
#   bash scripts/set-version.sh 1.0.0
#   bash scripts/set-version.sh 1.0.1-SNAPSHOT
set -euo pipefail
cd "$(dirname "$0")/.."
new=${1:?usage: set-version.sh VERSION}
old=$(grep -m1 -o '<version>[^<]*' pom.xml | cut -d'>' -f2)
if [ "$old" = "$new" ]; then
  echo "set-version: already $new"
  exit 0
fi
# Every POM but the consumer builds', which take the version from the build (@project.version@).
mapfile -t poms < <(find . -name pom.xml -not -path '*/target/*' -not -path './integration-tests/src/it/*' | sort)
changed=0
for pom in "${poms[@]}"; do
  if grep -q ">$old<" "$pom"; then
    sed -i "s#>$old<#>$new<#g" "$pom"
    changed=$((changed + 1))
  fi
done
echo "set-version: $old -> $new in $changed POMs"
