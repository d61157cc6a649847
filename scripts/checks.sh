# Sourced by the scripts: the identity-errors checks, as the plugin jar declares them to javac's
# ServiceLoader (META-INF/services, written by AutoService). The one list of checks: nothing else
# names them all.

# Prints the checks' names, one a line, from the given checker jar.
identity_checks() { # checker-jar
  unzip -p "$1" META-INF/services/com.google.errorprone.bugpatterns.BugChecker | sed 's/.*\.//' | grep .
}
