def log = new File(basedir, 'build.log').text
def runs = log.split('Scanning for projects')
assert runs.length == 4 : "three builds expected, found ${runs.length - 1}"
// 1: before the library is annotated, nothing crosses the module boundary.
assert !runs[1].contains('[UnknownErrorCode]') : 'the first build already found the typo'
assert runs[1].contains('BUILD SUCCESS')
// 2: patch mode wrote the annotation, with its import.
def lib = new File(basedir, 'lib/src/main/java/com/acme/lib/Failures.java').text
assert lib.contains('import dev.identityerrors.IdentityErrorCode;') : lib
assert lib.contains('  @IdentityErrorCode\n  public static int codeOf(ApiException e) {') : lib
// 3: the app's typo is found (the last build, judged against the // expect: markers).
evaluate(new File(itDir, 'expected-diagnostics.groovy'))
