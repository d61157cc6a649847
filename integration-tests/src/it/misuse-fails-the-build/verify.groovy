evaluate(new File(itDir, 'expected-diagnostics.groovy'))

// docs/ci.md: the GitHub Actions problem matcher, applied to this real Maven output as the runner
// applies it (its patterns on consecutive lines), annotates exactly the findings the markers
// expect, each once, with its file, line, column, code and message. Maven prints each error twice,
// the second time in the failure's summary with every line prefixed: the second pattern (the
// finding's link, unprefixed) makes that copy no annotation.
def matcherFile = new File(itDir, '../../../docs/ci/error-prone-problem-matcher.json')
def patterns = new groovy.json.JsonSlurper().parse(matcherFile).problemMatcher[0].pattern
def regexps = patterns.collect { java.util.regex.Pattern.compile(it.regexp) }
def pattern = patterns[0]
// The matcher matches every Error Prone check's line; the markers name identity-errors' checks.
def ours = new java.util.zip.ZipFile(checkerJar).withCloseable { jar ->
  jar.getInputStream(jar.getEntry('META-INF/services/com.google.errorprone.bugpatterns.BugChecker'))
      .text.readLines()*.trim().findAll { it }.collect { it.substring(it.lastIndexOf('.') + 1) } as Set
}
def annotations = []
def logLines = new File(basedir, 'build.log').readLines()
for (int i = 0; i + regexps.size() <= logLines.size(); i++) {
  def matchers = (0..<regexps.size()).collect { regexps[it].matcher(logLines[i + it]) }
  if (!matchers.every { it.matches() }) continue
  def m = matchers[0]
  def file = new File(m.group(pattern.file)).name
  // The check's name is the annotation's code; the message is what follows it.
  def check = m.group(pattern.code)
  assert !m.group(pattern.message).startsWith('[') : logLines[i]
  assert m.group(pattern.column).isInteger() : logLines[i]
  if (ours.contains(check)) annotations << "${file}:${m.group(pattern.line)} ${m.group(pattern.severity)} ${check}".toString()
}
assert annotations.size() == (annotations as Set).size() : "an annotation twice: ${annotations}"
def annotated = annotations as Set
def expected = [] as Set
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
  if (!file.name.endsWith('.java')) return
  file.readLines().eachWithIndex { line, index ->
    (line =~ /\/\/ expect: (ERROR|WARNING) (\w+)/).each { match ->
      expected << "${file.name}:${index + 1} ${match[1]} ${match[2]}".toString()
    }
  }
}
assert annotated == expected : "the problem matcher annotates ${annotated.sort()}\n where ${expected.sort()} are expected"
println "docs/ci/error-prone-problem-matcher.json annotates the ${annotated.size()} findings"
return true
