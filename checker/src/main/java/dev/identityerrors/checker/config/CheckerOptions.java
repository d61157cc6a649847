package dev.identityerrors.checker.config;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.ErrorProneFlags;
import dev.identityerrors.checker.sdk.LusidSdk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checker's options, read through Error Prone's flags ({@code
 * -XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway#lastFailure,...}), with the LUSID SDK's
 * members ({@link LusidSdk}) built in. Plain data: what the analysis makes of it is the analysis's.
 */
public final class CheckerOptions {
  public static final String CODE_SOURCES_FLAG = "IdentityErrorCode:CodeSources";
  public static final String HTTP_STATUS_SOURCES_FLAG = "IdentityErrorCode:HttpStatusSources";

  /** For robustness runs only: let internal exceptions through instead of "no finding". */
  public static final String RETHROW_FLAG = "IdentityErrorCode:RethrowInternalErrors";

  private static final Pattern MEMBER =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private final ImmutableList<String> codeSources;
  private final ImmutableList<String> httpStatusSources;
  private final ImmutableList<String> malformedEntries;
  private final boolean rethrowInternalErrors;

  private CheckerOptions(
      List<String> codeSources,
      List<String> httpStatusSources,
      List<String> malformedEntries,
      boolean rethrowInternalErrors) {
    this.codeSources = ImmutableList.copyOf(codeSources);
    this.httpStatusSources = ImmutableList.copyOf(httpStatusSources);
    this.malformedEntries = ImmutableList.copyOf(malformedEntries);
    this.rethrowInternalErrors = rethrowInternalErrors;
  }

  public static CheckerOptions from(ErrorProneFlags flags) {
    List<String> malformed = new ArrayList<>();
    List<String> codeSources = sources(LusidSdk.CODE_SOURCES, flags, CODE_SOURCES_FLAG, malformed);
    List<String> httpStatusSources =
        sources(LusidSdk.HTTP_STATUS_SOURCES, flags, HTTP_STATUS_SOURCES_FLAG, malformed);
    return new CheckerOptions(
        codeSources, httpStatusSources, malformed, flags.getBoolean(RETHROW_FLAG).orElse(false));
  }

  private static List<String> sources(
      List<String> builtIn, ErrorProneFlags flags, String flag, List<String> malformed) {
    List<String> sources = new ArrayList<>(builtIn);
    for (String entry : flags.getListOrEmpty(flag)) {
      String trimmed = entry.trim();
      if (isMemberReference(trimmed)) {
        sources.add(trimmed);
      } else {
        malformed.add("-XepOpt:" + flag + " entry '" + entry + "'");
      }
    }
    return sources;
  }

  /** Whether the text reads {@code fully.qualified.Class#member}. */
  static boolean isMemberReference(String text) {
    int hash = text.indexOf('#');
    if (hash <= 0 || hash != text.lastIndexOf('#')) {
      return false;
    }
    for (String part : text.substring(0, hash).split("\\.", -1)) {
      if (!MEMBER.matcher(part).matches()) {
        return false;
      }
    }
    return MEMBER.matcher(text.substring(hash + 1)).matches();
  }

  /** The members ({@code Class#member}) holding an Identity error code, built-in and configured. */
  public ImmutableList<String> codeSources() {
    return codeSources;
  }

  /** The members ({@code Class#member}) holding an HTTP status, built-in and configured. */
  public ImmutableList<String> httpStatusSources() {
    return httpStatusSources;
  }

  public boolean rethrowInternalErrors() {
    return rethrowInternalErrors;
  }

  /** Option entries that are not {@code Class#member}, each described for a diagnostic. */
  public ImmutableList<String> malformedEntries() {
    return malformedEntries;
  }
}
