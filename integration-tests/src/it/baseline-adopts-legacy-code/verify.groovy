// The baseline as a team adopting the checks at ERROR meets it: six builds (invoker.properties).
def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects').drop(1)
assert runs.size() == 6 : "six builds expected, found ${runs.size()}"
// The findings of identity-errors' checks (Error Prone's own, StatementSwitchToExpressionSwitch
// on some releases, are not the baseline's business).
def ours = new java.util.zip.ZipFile(checkerJar).withCloseable { jar ->
  jar.getInputStream(jar.getEntry('META-INF/services/com.google.errorprone.bugpatterns.BugChecker'))
      .text.readLines()*.trim().findAll { it }.collect { it.substring(it.lastIndexOf('.') + 1) } as Set
}
def findings = { String run ->
  run.readLines().findAll { line ->
    def m = line =~ /^\[(ERROR|WARNING)\] .*\.java:\[\d+,\d+\] \[(\w+)\]/
    m && ours.contains(m[0][2])
  }
}
def baselineFile = new File(basedir, 'identity-errors-baseline.txt')
def checks = ['ErrorCodeAnnotationMisuse', 'UnannotatedErrorCode', 'UnknownErrorCode', 'ErrorCodeLiteral',
              'HttpStatusAsErrorCode', 'UnhandledErrorCategory']

// 1. The update records every finding instead of reporting it.
assert runs[0].contains('BUILD SUCCESS') : runs[0]
assert findings(runs[0]).isEmpty() : findings(runs[0])
assert runs[0].contains('identity-errors baseline: 6 findings of 1 file compiled recorded in') : runs[0]

// 2. At ERROR, the recorded findings are quiet and the build passes.
assert runs[1].contains('BUILD SUCCESS') : runs[1]
assert findings(runs[1]).isEmpty() : findings(runs[1])

// 3. Lines inserted, a method moved, a line rewrapped: still quiet.
assert runs[2].contains('BUILD SUCCESS') : runs[2]
assert findings(runs[2]).isEmpty() : findings(runs[2])

// 4. A new typo fails the build with exactly that finding.
assert runs[3].contains('BUILD FAILURE') : runs[3]
def newFindings = findings(runs[3]).unique()
assert newFindings.size() == 1 : newFindings
def typoLine = new File(basedir, 'versions/v3/com/acme/LegacyClient.java').readLines()
    .findIndexOf { it.contains('// expect: ERROR UnknownErrorCode') } + 1
assert newFindings[0] =~ /LegacyClient\.java:\[${typoLine},\d+\] \[UnknownErrorCode\] 2135 is not a LUSID Identity error code/ : newFindings

// 5. An old finding fixed: the build passes and says once that an entry is stale.
assert runs[4].contains('BUILD SUCCESS') : runs[4]
assert findings(runs[4]).isEmpty() : findings(runs[4])
def stale = runs[4].readLines().findAll { it.contains('for the files compiled is gone') }
assert stale.size() == 1 : runs[4]
assert stale[0].contains('1 finding recorded in') && stale[0].contains('-XepOpt:IdentityErrorCode:UpdateBaseline=true drops it') : stale

// 6. The update drops the fixed finding's entry; the file is the one a reviewer reads.
assert runs[5].contains('BUILD SUCCESS') : runs[5]
def text = baselineFile.text
def entries = text.readLines().findAll { !it.startsWith('#') }
assert entries.size() == 5 : text
assert entries.every { it.startsWith('src/main/java/com/acme/LegacyClient.java\t') } : text
assert entries == entries.toSorted() : text
assert !text.contains('ErrorCodeLiteral') : text
assert !text.contains(basedir.path) : 'no absolute path in the baseline'
assert !text.contains('\r') : 'the same bytes on every machine'
checks.findAll { it != 'ErrorCodeLiteral' }.each { check ->
  assert entries.any { it.split('\t')[1] == check } : "no ${check} entry in\n${text}"
}
assert !log.contains('An unhandled exception was thrown by the Error Prone') : 'a check crashed'
println "identity-errors baseline as expected (Error Prone ${errorProneVersion}, JDK ${System.getProperty('java.version')})"
return true
