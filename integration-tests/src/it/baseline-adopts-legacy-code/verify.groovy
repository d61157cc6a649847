// The baseline as a team adopting the checks at ERROR meets it: twelve builds (invoker.properties),
// two modules built two at a time, main and test sources, one baseline at the root.
def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects').drop(1)
assert runs.size() == 12 : "twelve builds expected, found ${runs.size()}"
// The findings of identity-errors' checks (Error Prone's own are not the baseline's business).
def ours = new java.util.zip.ZipFile(checkerJar).withCloseable { jar ->
  jar.getInputStream(jar.getEntry('META-INF/services/com.google.errorprone.bugpatterns.BugChecker'))
      .text.readLines()*.trim().findAll { it }.collect { it.substring(it.lastIndexOf('.') + 1) } as Set
}
// Maven prints each error twice (as it happens, and in the summary): one finding, one line.
def findings = { String run ->
  run.readLines().findAll { line ->
    def m = line =~ /^\[(ERROR|WARNING)\] .*\.java:\[\d+,\d+\] \[(\w+)\]/
    m && ours.contains(m[0][2])
  }.unique()
}
// The baseline's notes and errors: the first line, and the entries javac indents under it.
def baselineLines = { String run ->
  run.readLines().findAll {
    it.contains('identity-errors baseline:') || it =~ /^(\[ERROR\])? {3,}\S/
  }*.replaceFirst(/^\[ERROR\] +/, '    ')*.trim().unique()
}
def baselineFile = new File(basedir, 'identity-errors-baseline.txt')
def entries = { baselineFile.readLines().findAll { !it.startsWith('#') } }
def key = { String line -> line.split('\t')[[0, 1, 3]].join(' ') }
def succeeded = { int i -> assert runs[i].contains('BUILD SUCCESS') : "build ${i + 1}:\n${runs[i]}" }
def failed = { int i -> assert runs[i].contains('BUILD FAILURE') : "build ${i + 1}:\n${runs[i]}" }

// 1. The adoption: every finding of both modules, main and test, recorded and named; none reported.
succeeded(0)
assert findings(runs[0]).isEmpty() : findings(runs[0])
def added = baselineLines(runs[0]).findAll { it.startsWith('added') }
    .collect { (it =~ /^added +1 of (.*) \(0 -> 1\)$/)[0][1] }
assert added.size() == 10 : added
['ErrorCodeAnnotationMisuse', 'UnannotatedErrorCode', 'UnknownErrorCode', 'ErrorCodeLiteral',
 'HttpStatusAsErrorCode', 'UnhandledErrorCategory'].each { check ->
  assert added.any { it.split(' ')[1] == check } : "no ${check} entry in ${added}"
}
assert added.any { it.startsWith('admin/src/test/java/') } : 'test sources share the baseline'
assert added.any { it.startsWith('client/src/main/java/') } : 'every module shares it'

// 2. At ERROR, the recorded findings are quiet, and nothing is stale.
succeeded(1)
assert findings(runs[1]).isEmpty() : findings(runs[1])
assert !runs[1].contains('is gone') : runs[1]

// 3. Methods swapped, a call chain rewrapped, the exception the message names renamed, one more
// switch case: the keys hold, even strictly.
succeeded(2)
assert findings(runs[2]).isEmpty() : findings(runs[2])
assert !runs[2].contains('[IdentityErrorsSetup]') : runs[2]

// 4. A new typo fails the build with exactly that finding.
failed(3)
def newFindings = findings(runs[3])
assert newFindings.size() == 1 : newFindings
def typoLine = new File(basedir, 'client/versions/typo/com/acme/client/Accounts.java').readLines()
    .findIndexOf { it.contains('// expect: ERROR UnknownErrorCode') } + 1
assert newFindings[0] =~ /Accounts\.java:\[${typoLine},\d+\] \[UnknownErrorCode\] 7050 is not a LUSID Identity error code/ : newFindings

// 5. A typo fixed in Keys.java, between Accounts.java and Users.java: the note names its entry.
def staleKeys = 'client/src/main/java/com/acme/client/Keys.java UnknownErrorCode 2135: recorded 1, found 0'
succeeded(4)
assert findings(runs[4]).isEmpty() : findings(runs[4])
def stale = baselineLines(runs[4])
assert stale.findAll { it.contains('is gone') }.size() == 1 : stale
assert stale.any { it.contains('1 finding recorded in') && it.endsWith('-XepOpt:IdentityErrorCode:UpdateBaseline=prune drops it') } : stale
assert stale.contains(staleKeys) : stale

// 6. Strict: the same stale entry fails the build, named.
failed(5)
assert findings(runs[5]).isEmpty() : findings(runs[5])
assert runs[5].readLines().any { it.startsWith('[ERROR] [IdentityErrorsSetup] identity-errors baseline: -XepOpt:IdentityErrorCode:StrictBaseline=true holds the file to what is true: 1 finding') } : runs[5]
assert baselineLines(runs[5]).contains(staleKeys) : runs[5]

// 7. The prune drops the entry, names it, and records nothing; 8. strict passes.
succeeded(6)
assert baselineLines(runs[6]).contains('dropped 1 of client/src/main/java/com/acme/client/Keys.java UnknownErrorCode 2135 (1 -> 0)') : runs[6]
assert !baselineLines(runs[6]).any { it.startsWith('added') } : runs[6]
succeeded(7)
assert !runs[7].contains('[IdentityErrorsSetup]') : runs[7]

// 9. A merged baseline (Accounts.java's 695 on two lines, 2 and 1) and two copies of the typo:
// one is reported (the smaller count), where adding the lines up would have allowed both.
failed(8)
def copies = findings(runs[8])
assert copies.size() == 1 && copies[0] =~ /Accounts\.java:\[\d+,\d+\] \[UnknownErrorCode\] 695 is not/ : copies
assert baselineLines(runs[8]).any { it.endsWith("writes a key twice (a merge's leftovers; each counts at its smaller count)") } : runs[8]

// 10. Strict fails on the key written twice, named; 11. the prune writes it once; 12. strict passes.
failed(9)
assert findings(runs[9]).isEmpty() : findings(runs[9])
assert runs[9].contains('[ERROR] [IdentityErrorsSetup] identity-errors baseline: -XepOpt:IdentityErrorCode:StrictBaseline=true holds the file to what is true:') : runs[9]
assert baselineLines(runs[9]).contains('client/src/main/java/com/acme/client/Accounts.java UnknownErrorCode 695') : runs[9]
succeeded(10)
assert entries().findAll { it.startsWith('client/src/main/java/com/acme/client/Accounts.java\tUnknownErrorCode\t') } == [
    'client/src/main/java/com/acme/client/Accounts.java\tUnknownErrorCode\t1\t695\t695 is not a LUSID Identity error code; did you mean 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)?'] : baselineFile.text
// The file a reviewer reads at the end: the adoption's entries less the one paid down, sorted.
assert entries().collect { key(it) } as Set == (added - ['client/src/main/java/com/acme/client/Keys.java UnknownErrorCode 2135']) as Set : baselineFile.text
assert entries() == entries().toSorted() : baselineFile.text
assert !baselineFile.text.contains(basedir.path) : 'no absolute path in the baseline'
assert !baselineFile.text.contains('\r') : 'the same bytes on every machine'
succeeded(11)
assert !runs[11].contains('[IdentityErrorsSetup]') : runs[11]

// The SARIF reports of the last build (-T 2, every finding baselined): one per compilation with
// sources, every finding there, suppressed by the baseline and unchanged, located under %SRCROOT%.
def sarifFolder = new File(basedir, 'target/identity-errors-sarif')
def reports = (sarifFolder.listFiles() ?: []).findAll { it.name.endsWith('.sarif') }.collect { it.name }.sort()
assert reports == ['admin-target-classes.sarif', 'admin-target-test-classes.sarif', 'client-target-classes.sarif'] : reports
def sarifResults = reports.collectMany { name ->
  def sarif = new groovy.json.JsonSlurper().parse(new File(sarifFolder, name))
  assert sarif.version == '2.1.0'
  sarif.runs[0].results
}
def recorded = entries().collect { it.split('\t')[2] as int }.sum()
assert sarifResults.size() == recorded : "${sarifResults.size()} results, ${recorded} recorded"
assert sarifResults.every { it.baselineState == 'unchanged' && it.suppressions[0].kind == 'external' } : sarifResults
assert sarifResults.every { it.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%' } : sarifResults
assert sarifResults.every { !it.locations[0].physicalLocation.artifactLocation.uri.startsWith('/') } : sarifResults

assert !log.contains('An unhandled exception was thrown by the Error Prone') : 'a check crashed'
println "identity-errors baseline as expected (Error Prone ${errorProneVersion}, JDK ${System.getProperty('java.version')})"
return true
