# Sourced by the scripts: finds the JDKs the build needs, so the README's commands work on a fresh
# machine with JDK 17 as the default java and Temurin 25 beside it. Override with JDK17_HOME or
# JDK25_HOME.

# Prints the home of a JDK of the given feature version, or fails saying what is missing.
find_jdk() {
  local version="$1" override="JDK${1}_HOME" candidate
  if [ -n "${!override:-}" ]; then
    echo "${!override}"
    return 0
  fi
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ -f "$candidate/release" ] || continue
    if grep -Eq "^JAVA_VERSION=\"${version}([.\"])" "$candidate/release"; then
      echo "$candidate"
      return 0
    fi
  done
  echo "identity-errors: no JDK ${version} found (looked at JAVA_HOME, javac on PATH and /usr/lib/jvm);" \
    "install one or set ${override}" >&2
  return 1
}
