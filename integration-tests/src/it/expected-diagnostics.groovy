// Shared by every consumer build's verify.groovy. Each diagnostic of an identity-errors check in
// build.log must match a marker `// expect: SEVERITY CheckName` on that line of the sources, and
// each marker a diagnostic: right check, right severity, right file and line, nothing more.
// The checks are those the plugin jar declares to javac's ServiceLoader: the one list.
def checks = new java.util.zip.ZipFile(checkerJar).withCloseable { jar ->
  jar.getInputStream(jar.getEntry('META-INF/services/com.google.errorprone.bugpatterns.BugChecker'))
      .text.readLines()*.trim().findAll { it }.collect { it.substring(it.lastIndexOf('.') + 1) } as Set
}
assert checks.contains('UnknownErrorCode') : "no checks in ${checkerJar}"

def expected = [] as Set
// Every source of the build, main and test, in one module or several (lib/src/main/java,
// app/src/test/java).
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
  def inSources = ['main', 'test'].any { file.path.contains('src' + File.separator + it + File.separator) }
  if (!file.name.endsWith('.java') || !inSources) return
  file.readLines().eachWithIndex { line, index ->
    (line =~ /\/\/ expect: (ERROR|WARNING) (\w+)/).each { match ->
      expected << "${file.name}:${index + 1} ${match[1]} ${match[2]}".toString()
    }
  }
}

// With several invocations (patch, then strict), the log holds them all: judge the last.
def log = new File(basedir, 'build.log').text
def lastRun = log.substring(Math.max(0, log.lastIndexOf('Scanning for projects')))
def actual = [] as Set
lastRun.eachLine { line ->
  def match = line =~ /^\[(ERROR|WARNING)\] .*?([A-Za-z0-9_]+\.java):\[(\d+),\d+\] \[(\w+)\]/
  if (match && checks.contains(match[0][4])) {
    actual << "${match[0][2]}:${match[0][3]} ${match[0][1]} ${match[0][4]}".toString()
  }
}
assert !log.contains('An unhandled exception was thrown by the Error Prone') : 'a check crashed'
assert actual == expected : "expected ${expected.sort()}\n but the build reported ${actual.sort()}"
def pom = new File(basedir, 'pom.xml').text
assert pom.contains("<error-prone.version>${errorProneVersion}</error-prone.version>") : 'Error Prone version'
println "identity-errors diagnostics as expected: ${actual.size()}" +
    " (Error Prone ${errorProneVersion}, JDK ${System.getProperty('java.version')})"
return true
