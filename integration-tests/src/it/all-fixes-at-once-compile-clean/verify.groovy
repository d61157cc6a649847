def source = new File(basedir, 'src/main/java/com/acme/IdentityClient.java').text
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
// The status became the code.
assert source.contains('problem.getCode() == USER_DOES_NOT_EXIST') : source
// The switch whose every case leaves is left alone.
assert source.contains('''        case API_KEY_NOT_FOUND:
          throw new IllegalStateException("no key");
      }''') : source
// The second, strict build (every check at ERROR) compiled the rewritten sources clean.
evaluate(new File(itDir, 'expected-diagnostics.groovy'))
