package dev.identityerrors.checker.config;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.ErrorProneFlags;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checker's options, read through Error Prone's flags ({@code
 * -XepOpt:IdentityErrorCode:CodeSources=com.acme.Gateway#lastFailure,...}): the user's entries
 * only, parsed and checked. Plain data: the SDK's own members are merged with them in {@code
 * sdk.LibraryModel}, and what the analysis makes of them is the analysis's.
 */
public final class CheckerOptions {
  public static final String CODE_SOURCES_FLAG = "IdentityErrorCode:CodeSources";
  public static final String HTTP_STATUS_SOURCES_FLAG = "IdentityErrorCode:HttpStatusSources";

  /** For robustness runs only: let internal exceptions through instead of "no finding". */
  public static final String RETHROW_FLAG = "IdentityErrorCode:RethrowInternalErrors";

  /** The baseline file: findings recorded there are not reported. */
  public static final String BASELINE_FLAG = "IdentityErrorCode:Baseline";

  /** With {@link #BASELINE_FLAG}: write the findings to the baseline instead of reporting them. */
  public static final String UPDATE_BASELINE_FLAG = "IdentityErrorCode:UpdateBaseline";

  private static final Pattern MEMBER =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private final ImmutableList<String> codeSources;
  private final ImmutableList<String> httpStatusSources;
  private final ImmutableList<String> problems;
  private final boolean rethrowInternalErrors;
  private final @Nullable String baseline;
  private final boolean updateBaseline;

  private CheckerOptions(
      List<String> codeSources,
      List<String> httpStatusSources,
      List<String> problems,
      boolean rethrowInternalErrors,
      @Nullable String baseline,
      boolean updateBaseline) {
    this.codeSources = ImmutableList.copyOf(codeSources);
    this.httpStatusSources = ImmutableList.copyOf(httpStatusSources);
    this.problems = ImmutableList.copyOf(problems);
    this.rethrowInternalErrors = rethrowInternalErrors;
    this.baseline = baseline;
    this.updateBaseline = updateBaseline;
  }

  private static final Context.Key<CheckerOptions> KEY = new Context.Key<>();

  /**
   * The options of one compilation, read once: the compilation's flags, with a check's own on top
   * (they are the same but in Error Prone's patch mode with named checks, where the checks have
   * none).
   */
  public static CheckerOptions instance(
      Context context, ErrorProneFlags compilationFlags, ErrorProneFlags checkFlags) {
    CheckerOptions options = context.get(KEY);
    if (options == null) {
      options = from(compilationFlags.plus(checkFlags));
      context.put(KEY, options);
    }
    return options;
  }

  public static CheckerOptions from(ErrorProneFlags flags) {
    List<String> problems = new ArrayList<>();
    List<String> codeSources = sources(flags, CODE_SOURCES_FLAG, problems);
    List<String> httpStatusSources = sources(flags, HTTP_STATUS_SOURCES_FLAG, problems);
    boolean rethrow = flag(flags, RETHROW_FLAG, problems);
    String baseline = flags.get(BASELINE_FLAG).map(String::trim).orElse("");
    boolean updateBaseline = flag(flags, UPDATE_BASELINE_FLAG, problems);
    if (updateBaseline && baseline.isEmpty()) {
      problems.add(
          "-XepOpt:"
              + UPDATE_BASELINE_FLAG
              + "=true needs -XepOpt:"
              + BASELINE_FLAG
              + "=PATH, the file to write; nothing is written");
    }
    return new CheckerOptions(
        codeSources,
        httpStatusSources,
        problems,
        rethrow,
        baseline.isEmpty() ? null : baseline,
        updateBaseline && !baseline.isEmpty());
  }

  /**
   * A boolean flag: absent or empty is false; anything but true or false (in any case) is a set-up
   * problem, not the exception {@code ErrorProneFlags.getBoolean} would throw from every check's
   * constructor.
   */
  private static boolean flag(ErrorProneFlags flags, String flag, List<String> problems) {
    String value = flags.get(flag).map(String::trim).orElse("");
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (!value.isEmpty() && !value.equalsIgnoreCase("false")) {
      problems.add("-XepOpt:" + flag + "=" + value + " is neither true nor false and is ignored");
    }
    return false;
  }

  private static List<String> sources(ErrorProneFlags flags, String flag, List<String> problems) {
    List<String> sources = new ArrayList<>();
    for (String entry : flags.getListOrEmpty(flag)) {
      String trimmed = entry.trim();
      if (trimmed.isEmpty()) {
        // An empty value or a trailing comma is no entry, as in Flags.getList of
        // error-prone-support.
        continue;
      }
      if (isMemberReference(trimmed)) {
        sources.add(trimmed);
      } else {
        problems.add(
            "-XepOpt:"
                + flag
                + " entry '"
                + entry
                + "' is not fully.qualified.Class#member (for example"
                + " com.acme.Gateway#lastFailure) and is ignored");
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

  /** The user's members ({@code Class#member}) holding an Identity error code. */
  public ImmutableList<String> codeSources() {
    return codeSources;
  }

  /** The user's members ({@code Class#member}) holding an HTTP status. */
  public ImmutableList<String> httpStatusSources() {
    return httpStatusSources;
  }

  public boolean rethrowInternalErrors() {
    return rethrowInternalErrors;
  }

  /** The baseline file as the user wrote it, or null when there is none. */
  public @Nullable String baseline() {
    return baseline;
  }

  /** Whether findings are written to the baseline (which is then set) instead of reported. */
  public boolean updateBaseline() {
    return updateBaseline;
  }

  /** What is wrong with the options, each a clause of a diagnostic. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
