#!/usr/bin/env bash
# Rehearses a release (CONTRIBUTING.md) and proves it from its artifacts alone:
#   1. a copy of the repository set to the release version (this version without -SNAPSHOT);
#   2. a throwaway signing key; `mvn -Prelease deploy` builds and signs everything and leaves the
#      Central Portal bundle, unpublished, in target/release-check/;
#   3. the bundle holds the parent POM, the annotations and the checker (jar, sources, javadoc, POM
#      with the metadata Central requires), a signature that verifies and checksums that match for
#      each file, nothing else, and checks whose links name the release's tag;
#   4. a consumer project that can get identity-errors only from that bundle (a fresh local
#      repository, the bundle as a file repository): correct code compiles, a typo fails the build
#      with [UnknownErrorCode], on JDK 17 + Error Prone 2.36.0 and on JDK 25 + Error Prone 2.52.0.
# Exits non-zero on the first failure. Needs gpg (for the throwaway key and to verify signatures).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
jdk17=$(find_jdk 17)
jdk25=$(find_jdk 25)
root=$PWD
out="$root/target/release-check"
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "release-check: $*" >&2; exit 1; }

snapshot=$(grep -m1 -o '<version>[^<]*' pom.xml | cut -d'>' -f2)
release=${RELEASE_VERSION:-${snapshot%-SNAPSHOT}}
echo "== release $release from $snapshot"

# 1. The repository as committed, at the release version.
mkdir -p "$work/repo"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/repo"
bash "$work/repo/scripts/set-version.sh" "$release"

# 2. A throwaway key, given to the BouncyCastle signer through the environment.
export GNUPGHOME="$work/gnupg"
mkdir -p "$GNUPGHOME" && chmod 700 "$GNUPGHOME"
passphrase=release-check
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-gen-key "identity-errors release check <release-check@identity-errors.invalid>" rsa3072 sign 1d
MAVEN_GPG_KEY=$(gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE=$passphrase
# The publishing plugin wants the credentials of its server even when it only builds the bundle.
cat > "$work/settings.xml" <<SETTINGS
<settings>
  <localRepository>${MAVEN_REPO:-$HOME/.m2/repository}</localRepository>
  <servers><server><id>central</id><username>release-check</username><password>none</password></server></servers>
</settings>
SETTINGS
(cd "$work/repo" && JAVA_HOME="$jdk17" mvn -B -ntp -q -s "$work/settings.xml" -Prelease deploy \
  -DskipTests -Dinvoker.skip=true -Dmaven.install.skip=true) > "$out/release-build.log" 2>&1 ||
  { tail -40 "$out/release-build.log" >&2; fail "the release build failed ($out/release-build.log)"; }
unset MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE
bundle="$out/identity-errors-$release-bundle.zip"
cp "$work/repo/target/central-publishing/central-bundle.zip" "$bundle" ||
  fail "no bundle at target/central-publishing/central-bundle.zip"
echo "   bundle: $bundle ($(du -k "$bundle" | cut -f1) KiB)"

# 3. What the bundle holds.
unpacked="$work/bundle"
mkdir -p "$unpacked" && (cd "$unpacked" && unzip -q "$bundle")
base=dev/identityerrors
required=(
  "$base/identity-errors-parent/$release/identity-errors-parent-$release.pom"
)
for artifact in identity-errors-annotations identity-errors-checker; do
  for suffix in .jar -sources.jar -javadoc.jar .pom; do
    required+=("$base/$artifact/$release/$artifact-$release$suffix")
  done
done
files=0
for file in "${required[@]}"; do
  [ -s "$unpacked/$file" ] || fail "the bundle has no $file"
  gpg --batch --quiet --verify "$unpacked/$file.asc" "$unpacked/$file" 2> /dev/null ||
    fail "the signature of $file does not verify"
  for sum in md5 sha1; do
    [ -f "$unpacked/$file.$sum" ] || fail "the bundle has no $file.$sum"
    [ "$(cut -d' ' -f1 < "$unpacked/$file.$sum")" = "$(${sum}sum "$unpacked/$file" | cut -d' ' -f1)" ] ||
      fail "the $sum of $file does not match"
  done
  files=$((files + 1))
done
unexpected=$(cd "$unpacked" && find . -type f \( -name '*.jar' -o -name '*.pom' \) | sed 's#^\./##' | sort |
  grep -vxF -f <(printf '%s\n' "${required[@]}") || true)
[ -z "$unexpected" ] || fail "the bundle holds what is not to be published: $unexpected"
parent="$unpacked/$base/identity-errors-parent/$release/identity-errors-parent-$release.pom"
for element in name description url licenses developers scm issueManagement; do
  grep -qE "<$element([ >]|$)" "$parent" || fail "the parent POM has no <$element>"
done
for artifact in identity-errors-annotations identity-errors-checker; do
  pom="$unpacked/$base/$artifact/$release/$artifact-$release.pom"
  grep -q "<name>" "$pom" && grep -q "<description>" "$pom" || fail "$artifact's POM has no name or description"
  # Listings read whole, not piped into grep -q: an early exit of grep fails the pipe (pipefail).
  listing=$(unzip -l "$unpacked/$base/$artifact/$release/$artifact-$release-javadoc.jar")
  [[ $listing == *" index.html"* ]] || fail "$artifact's javadoc jar has no index.html"
done
for attribute in child.project.url child.scm.connection child.scm.developerConnection child.scm.url; do
  # The parent stops Maven appending each artifact's id to its url and scm (Central links them).
  grep -q "$attribute.inherit.append.path=\"false\"" "$parent" ||
    fail "the parent POM lets Maven append the artifact id ($attribute)"
done
for artifact in identity-errors-annotations identity-errors-checker; do
  pom="$unpacked/$base/$artifact/$release/$artifact-$release.pom"
  ! grep -q "<scm>\|<url>" "$pom" || fail "$artifact's POM sets its own url or scm"
  listing=$(unzip -l "$unpacked/$base/$artifact/$release/$artifact-$release.jar")
  [[ $listing == *" META-INF/LICENSE"* ]] || fail "$artifact's jar carries no META-INF/LICENSE"
done
checker_jar="$unpacked/$base/identity-errors-checker/$release/identity-errors-checker-$release.jar"
unzip -p "$checker_jar" dev/identityerrors/checker/UnknownErrorCode.class > "$work/UnknownErrorCode.class"
grep -aq "identity-errors/blob/v$release/docs/checks/UnknownErrorCode.md" "$work/UnknownErrorCode.class" ||
  fail "UnknownErrorCode's link does not name the tag v$release"
echo "   $files files, each signed (verified) with md5 and sha1 (matching); metadata, javadoc, links, url and scm, LICENSE checked"

# 4. A consumer that can get identity-errors only from the bundle.
consumer="$work/consumer"
mkdir -p "$consumer/.mvn" "$consumer/src/main/java/com/acme"
cp .mvn/jvm.config "$consumer/.mvn/jvm.config"
sed -e "s#@identity-errors.version@#$release#" -e "s#@bundle.url@#file://$unpacked#" \
  scripts/release-check/pom.xml > "$consumer/pom.xml"
local_repo="$work/local-repository"
consumer_build() { # jdk error-prone-version source-file -> build log
  rm -f "$consumer"/src/main/java/com/acme/*.java
  cp "scripts/release-check/$3" "$consumer/src/main/java/com/acme/"
  (cd "$consumer" && JAVA_HOME="$1" mvn -B -ntp -Dmaven.repo.local="$local_repo" \
    -Derror-prone.version="$2" clean compile 2>&1) || true
}
[ ! -e "$local_repo/dev/identityerrors" ] || fail "the fresh local repository already has dev/identityerrors"
for leg in "$jdk17 17 2.36.0" "$jdk25 25 2.52.0"; do
  read -r jdk jdk_name ep <<< "$leg"
  log="$out/consumer-jdk$jdk_name-ep$ep"
  consumer_build "$jdk" "$ep" Correct.java > "$log-correct.log"
  grep -q "BUILD SUCCESS" "$log-correct.log" || fail "correct code did not compile (JDK $jdk_name, Error Prone $ep): $log-correct.log"
  ! grep -qE "\[(UnknownErrorCode|ErrorCodeLiteral|IdentityErrorsSetup)\]" "$log-correct.log" ||
    fail "correct code has findings: $log-correct.log"
  consumer_build "$jdk" "$ep" Typo.java > "$log-typo.log"
  grep -q "BUILD FAILURE" "$log-typo.log" && grep -qE "Typo\.java:\[[0-9]+,[0-9]+\] \[UnknownErrorCode\] 695 is not a LUSID Identity error code" "$log-typo.log" ||
    fail "the typo did not fail the build with [UnknownErrorCode] (JDK $jdk_name, Error Prone $ep): $log-typo.log"
  echo "   consumer, JDK $jdk_name + Error Prone $ep: correct code compiles, the typo fails with [UnknownErrorCode]"
done
grep -rqs "bundle" "$local_repo/dev/identityerrors/identity-errors-checker/$release/_remote.repositories" ||
  fail "the consumer's identity-errors did not come from the bundle"
echo "release-check: $release passed (bundle: target/release-check/$(basename "$bundle"))"
