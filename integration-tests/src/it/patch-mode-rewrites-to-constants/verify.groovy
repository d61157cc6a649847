def source = new File(basedir, 'src/main/java/com/acme/IdentityClient.java').text
assert source.contains('import dev.identityerrors.IdentityErrorCodes;') : source
assert source.contains('problem.getCode() == IdentityErrorCodes.USER_DOES_NOT_EXIST') : source
assert source.contains('problem.getCode() == IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE') : source
assert source.contains('problem.getCode() == IdentityErrorCodes.UNKNOWN_ERROR') : source
assert !(source =~ /== -?\d/) : source
// The second, strict build (literal codes are errors) compiled the rewritten sources clean.
evaluate(new File(itDir, 'expected-diagnostics.groovy'))
