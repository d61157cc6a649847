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

  /**
   * With {@link #BASELINE_FLAG}: {@code true} writes the findings to the baseline instead of
   * reporting them; {@code prune} reports them and drops the entries whose findings are gone.
   */
  public static final String UPDATE_BASELINE_FLAG = "IdentityErrorCode:UpdateBaseline";

  /** With {@link #BASELINE_FLAG}: a stale entry is an error, not a note. */
  public static final String STRICT_BASELINE_FLAG = "IdentityErrorCode:StrictBaseline";

  /** The folder each compilation writes its findings to, as a SARIF 2.1.0 log. */
  public static final String SARIF_FLAG = "IdentityErrorCode:Sarif";

  /**
   * With {@link #SARIF_FLAG}: the folder the SARIF logs' locations are relative to ({@code
   * %SRCROOT%}); the compiler's working directory when not set.
   */
  public static final String SARIF_ROOT_FLAG = "IdentityErrorCode:SarifRoot";

  /** What a compilation with a baseline writes to it. */
  public enum BaselineUpdate {
    /** Nothing: recorded findings are quiet, the others reported. */
    NONE,
    /** Every finding, reported none ({@code UpdateBaseline=true}). */
    ALL,
    /** Only what is gone is dropped; every other finding is reported ({@code =prune}). */
    PRUNE
  }

  private static final Pattern MEMBER =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private final ImmutableList<String> codeSources;
  private final ImmutableList<String> httpStatusSources;
  private final ImmutableList<String> problems;
  private final boolean rethrowInternalErrors;
  private final @Nullable String baseline;
  private final BaselineUpdate baselineUpdate;
  private final boolean strictBaseline;
  private final @Nullable String sarif;
  private final @Nullable String sarifRoot;

  private CheckerOptions(
      List<String> codeSources,
      List<String> httpStatusSources,
      List<String> problems,
      boolean rethrowInternalErrors,
      @Nullable String baseline,
      BaselineUpdate baselineUpdate,
      boolean strictBaseline,
      @Nullable String sarif,
      @Nullable String sarifRoot) {
    this.codeSources = ImmutableList.copyOf(codeSources);
    this.httpStatusSources = ImmutableList.copyOf(httpStatusSources);
    this.problems = ImmutableList.copyOf(problems);
    this.rethrowInternalErrors = rethrowInternalErrors;
    this.baseline = baseline;
    this.baselineUpdate = baselineUpdate;
    this.strictBaseline = strictBaseline;
    this.sarif = sarif;
    this.sarifRoot = sarifRoot;
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
    BaselineUpdate update = baselineUpdate(flags, problems);
    if (update != BaselineUpdate.NONE && baseline.isEmpty()) {
      problems.add(
          "-XepOpt:"
              + UPDATE_BASELINE_FLAG
              + "="
              + (update == BaselineUpdate.ALL ? "true" : "prune")
              + " needs -XepOpt:"
              + BASELINE_FLAG
              + "=PATH, the file to write; nothing is written");
    }
    boolean strict = flag(flags, STRICT_BASELINE_FLAG, problems);
    String sarif = flags.get(SARIF_FLAG).map(String::trim).orElse("");
    String sarifRoot = flags.get(SARIF_ROOT_FLAG).map(String::trim).orElse("");
    if (!sarifRoot.isEmpty() && sarif.isEmpty()) {
      problems.add(
          "-XepOpt:"
              + SARIF_ROOT_FLAG
              + " needs -XepOpt:"
              + SARIF_FLAG
              + "=FOLDER, where the reports go; nothing is written");
    }
    return new CheckerOptions(
        codeSources,
        httpStatusSources,
        problems,
        rethrow,
        baseline.isEmpty() ? null : baseline,
        baseline.isEmpty() ? BaselineUpdate.NONE : update,
        strict,
        sarif.isEmpty() ? null : sarif,
        sarifRoot.isEmpty() ? null : sarifRoot);
  }

  /** {@code true}, {@code prune} or {@code false} (or nothing), in any case. */
  private static BaselineUpdate baselineUpdate(ErrorProneFlags flags, List<String> problems) {
    String value = flags.get(UPDATE_BASELINE_FLAG).map(String::trim).orElse("");
    if (value.equalsIgnoreCase("prune")) {
      return BaselineUpdate.PRUNE;
    }
    if (value.equalsIgnoreCase("true")) {
      return BaselineUpdate.ALL;
    }
    if (!value.isEmpty() && !value.equalsIgnoreCase("false")) {
      problems.add(
          "-XepOpt:"
              + UPDATE_BASELINE_FLAG
              + "="
              + value
              + " is none of true, prune and false and is ignored");
    }
    return BaselineUpdate.NONE;
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

  /** What a compilation writes to the baseline (NONE when no baseline is set). */
  public BaselineUpdate baselineUpdate() {
    return baselineUpdate;
  }

  /** Whether a stale baseline entry, or a key written twice, is an error. */
  public boolean strictBaseline() {
    return strictBaseline;
  }

  /** The folder of the SARIF reports as the user wrote it, or null when none is asked for. */
  public @Nullable String sarif() {
    return sarif;
  }

  /** The folder the reports' locations are relative to, or null for the working directory. */
  public @Nullable String sarifRoot() {
    return sarifRoot;
  }

  /** What is wrong with the options, each a clause of a diagnostic. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
