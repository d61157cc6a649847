evaluate(new File(itDir, 'expected-diagnostics.groovy'))

// docs/ci.md: the GitHub Actions problem matcher, applied to this real Maven output, annotates
// exactly the findings the markers expect, each with its file, line, column and message.
def matcherFile = new File(itDir, '../../../docs/ci/error-prone-problem-matcher.json')
def pattern = new groovy.json.JsonSlurper().parse(matcherFile).problemMatcher[0].pattern[0]
def regexp = java.util.regex.Pattern.compile(pattern.regexp)
// The matcher matches every Error Prone check's line; the markers name identity-errors' checks.
def ours = new java.util.zip.ZipFile(checkerJar).withCloseable { jar ->
  jar.getInputStream(jar.getEntry('META-INF/services/com.google.errorprone.bugpatterns.BugChecker'))
      .text.readLines()*.trim().findAll { it }.collect { it.substring(it.lastIndexOf('.') + 1) } as Set
}
def annotated = [] as Set
new File(basedir, 'build.log').eachLine { line ->
  def m = regexp.matcher(line)
  if (m.matches()) {
    def file = new File(m.group(pattern.file)).name
    // The check's name is the annotation's code; the message is what follows it.
    def check = m.group(pattern.code)
    assert !m.group(pattern.message).startsWith('[') : line
    assert m.group(pattern.column).isInteger() : line
    if (ours.contains(check)) annotated << "${file}:${m.group(pattern.line)} ${m.group(pattern.severity)} ${check}".toString()
  }
}
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
