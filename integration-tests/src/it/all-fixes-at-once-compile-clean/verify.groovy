def source = new File(basedir, 'client/src/main/java/com/acme/IdentityClient.java').text
// Two fixes on one switch: the typo became its code, and the added cases do not repeat it.
assert source.contains('case INVALID_AUTHENTICATION_TOKEN:') : source
assert source.count('INVALID_AUTHENTICATION_TOKEN') == 1 : source
assert source.contains('// AUTHENTICATION') : source
assert source.contains('''      case IdentityErrorCodes.ACCESS_DENIED, IMPERSONATION_NOT_SUPPORTED, BLOCKED_BY_NETWORK_ZONE: // AUTHORIZATION''') : source
// The shadowed simple name is qualified, so the comparison still means 186.
assert source.contains('problem.getCode() == IdentityErrorCodes.ACCESS_DENIED') : source
// Long codes keep their type.
assert source.contains('@IdentityErrorCode Long last = (long) USER_DOES_NOT_EXIST;') : source
assert source.contains('Objects.equals(code, (long) USER_ALREADY_EXISTS)') : source
// The status became the code, compared without unboxing it (the code may be null where the status is not).
assert source.contains('return Objects.equals(problem.getCode(), USER_DOES_NOT_EXIST);') : source
// The switch whose every case leaves is left alone.
assert source.contains('''        case API_KEY_NOT_FOUND:
          throw new IllegalStateException("no key");
      }''') : source
// The legacy module (--release 11): what no fix can keep safe is left as it was, and reported.
def legacy = new File(basedir, 'legacy/src/main/java/com/acme/legacy/Legacy.java').text
assert legacy.contains('Map.entry(695, "name taken, again")') : legacy
// (ErrorCodeLiteral named the 659s; the 695 beside them keeps its number: its fix would repeat 659.)
assert legacy.contains('Map.entry(IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE, "name taken")') : legacy
assert legacy.contains('return c.equals(IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE) || c.equals(695);') : legacy
assert legacy.contains('!Objects.equals(695, c)') : legacy
assert legacy.contains('x != IdentityErrorCodes.API_KEY_NOT_FOUND && x != 239;') : legacy
assert legacy.contains('  public final int code, status;') : legacy
assert legacy.contains(': problem.getStatus();') : legacy
// A var keeps its long (the Map<Long, ..> still takes it).
assert legacy.contains('@IdentityErrorCode var last = (long) IdentityErrorCodes.USER_DOES_NOT_EXIST;') : legacy
// The last case ran off the end: it ends with a break; Java 11 has one label per case.
assert legacy.contains('''        text = "taken";
        break;
      case IdentityErrorCodes.''') : legacy
assert !(legacy =~ /case [A-Za-z_.]+, /) : legacy
// Test sources are patched too.
def legacyTest = new File(basedir, 'legacy/src/test/java/com/acme/legacy/LegacyTest.java').text
assert legacyTest.contains('problem.getCode() == IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN') : legacyTest
// The rewritten legacy module gives Error Prone's own checks (on by default) nothing to say.
def strictRun = new File(basedir, 'build.log').text.split('Scanning for projects').last()
def theirs = strictRun.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] .*Legacy(Test)?\.java:\[\d+,\d+\] \[/ }
    .findAll { !(it =~ /\[(UnknownErrorCode|ErrorCodeLiteral|HttpStatusAsErrorCode|UnannotatedErrorCode|UnhandledErrorCategory|ErrorCodeAnnotationMisuse)\]/) }
assert theirs.isEmpty() : theirs.join('\n')
// Every module compiled: javac's own errors (a message without a check's name) are none.
def javacErrors = strictRun.readLines().findAll { it =~ /^\[ERROR\] .*\.java:\[\d+,\d+\] [^\[]/ }
assert javacErrors.isEmpty() : javacErrors.join('\n')
assert strictRun =~ /all-fixes-at-once-compile-clean-client \.+ SUCCESS/ : 'the client module compiled clean\n' + strictRun
// The second, strict build (every check at ERROR) compiled the rewritten sources clean.
evaluate(new File(itDir, 'expected-diagnostics.groovy'))
