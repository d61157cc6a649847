package dev.identityerrors.checker.baseline;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.MultiTaskListener;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.compat.ErrorProneApi;
import dev.identityerrors.checker.compat.JavacLog;
import dev.identityerrors.checker.config.CheckerOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * One compilation's baseline ({@code -XepOpt:IdentityErrorCode:Baseline=PATH}): the findings it
 * records are not reported, as many of each as it counts; with {@code UpdateBaseline=true} every
 * finding is recorded instead, and the file is rewritten once, when javac finishes, for the files
 * this compilation compiled. Lives in the compilation's {@link Context}.
 *
 * <p>A baseline that cannot be used (missing with no update asked, unreadable, malformed) holds
 * nothing: every finding is reported, and {@link #problem()} is the set-up error that says why.
 */
public final class Baseline {
  private static final Context.Key<Baseline> KEY = new Context.Key<>();

  /** Prefixed to the notes written when the compilation finishes, which belong to no tree. */
  private static final String SETUP = "[IdentityErrorsSetup] identity-errors baseline: ";

  private final Context context;
  private final String option;
  private final Path file;
  private final Path folder;
  private final boolean update;
  private final SortedMap<BaselineKey, Integer> recorded;
  private final @Nullable String problem;

  /** How many of each recorded key this compilation has met (check mode). */
  private final Map<BaselineKey, Integer> met = new HashMap<>();

  /** Every finding of this compilation (update mode). */
  private final Map<BaselineKey, Integer> found = new HashMap<>();

  /** The source files this compilation analysed, by their baseline path. */
  private final Map<JavaFileObject, String> compiled = new HashMap<>();

  private boolean finished;

  private Baseline(Context context, CheckerOptions options, String option) {
    this.context = context;
    this.option = option;
    this.update = options.updateBaseline();
    Path path = Path.of(option).toAbsolutePath().normalize();
    this.file = path;
    this.folder = realOrAbsolute(path.getParent() == null ? path : path.getParent());
    SortedMap<BaselineKey, Integer> counts = new TreeMap<>();
    String why = null;
    try {
      if (Files.exists(path)) {
        counts = BaselineFile.parse(Files.readString(path, StandardCharsets.UTF_8), option);
      } else if (!update) {
        why =
            "the baseline file "
                + option
                + " does not exist; -XepOpt:"
                + CheckerOptions.UPDATE_BASELINE_FLAG
                + "=true writes it";
      }
    } catch (MalformedBaselineException e) {
      why =
          "the baseline file is malformed at "
              + e.getMessage()
              + "; fix the line, or delete the file and write it anew with -XepOpt:"
              + CheckerOptions.UPDATE_BASELINE_FLAG
              + "=true";
    } catch (IOException | RuntimeException e) {
      why = "the baseline file " + option + " cannot be read: " + e;
    }
    this.recorded = why == null && !update ? counts : new TreeMap<>();
    this.problem = why == null ? null : why + "; no finding is taken as known";
  }

  /**
   * The compilation's baseline, made (and its file read) on the first call; null when no baseline
   * is set.
   */
  public static @Nullable Baseline instance(VisitorState state, CheckerOptions options) {
    String option = options.baseline();
    if (option == null) {
      return null;
    }
    Baseline baseline = state.context.get(KEY);
    if (baseline == null) {
      baseline = new Baseline(state.context, options, option);
      state.context.put(KEY, baseline);
      baseline.listen();
    }
    if (state.getPath() != null) {
      baseline.compiled(state.getPath().getCompilationUnit());
    }
    return baseline;
  }

  /** What makes the baseline unusable, for {@code IdentityErrorsSetup}; null when it is usable. */
  public @Nullable String problem() {
    return problem;
  }

  /**
   * Whether a finding is to go unreported: in update mode, every one (it is recorded); otherwise
   * one the baseline records and has not yet been met as often as it counts.
   */
  public boolean holds(Description description, VisitorState state) {
    if (problem != null) {
      return false;
    }
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    Tree flagged = ErrorProneApi.flaggedTree(description);
    BaselineKey key =
        new BaselineKey(
            compiled(unit),
            description.checkName,
            flagged == null ? "" : FlaggedText.of(flagged, state),
            description.getRawMessage());
    if (update) {
      found.merge(key, 1, Integer::sum);
      return true;
    }
    int allowed = recorded.getOrDefault(key, 0);
    int seen = met.getOrDefault(key, 0);
    if (seen >= allowed) {
      return false;
    }
    met.put(key, seen + 1);
    return true;
  }

  /** Records a compiled file, giving its baseline path. */
  private String compiled(CompilationUnitTree unit) {
    JavaFileObject source = unit.getSourceFile();
    String path = compiled.get(source);
    if (path == null) {
      path = baselinePath(source.toUri());
      compiled.put(source, path);
    }
    return path;
  }

  /**
   * A source file's path relative to the baseline's folder, with forward slashes on every OS; a
   * file that is not on disk (an IDE's or a test's in-memory source) keeps its URI's path.
   */
  private String baselinePath(URI uri) {
    Path source = "file".equals(uri.getScheme()) ? onDisk(uri) : null;
    if (source == null) {
      String path = uri.getPath() == null ? uri.toString() : uri.getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    }
    Path relative =
        source.getRoot() != null && source.getRoot().equals(folder.getRoot())
            ? folder.relativize(source)
            : source;
    return relative.toString().replace(File.separatorChar, '/');
  }

  private static @Nullable Path onDisk(URI uri) {
    try {
      return realOrAbsolute(Path.of(uri));
    } catch (RuntimeException notAPath) {
      return null;
    }
  }

  private static Path realOrAbsolute(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException | RuntimeException e) {
      return absolute;
    }
  }

  /** Files analysed after this one are seen through javac's events; the end writes the file. */
  private void listen() {
    MultiTaskListener.instance(context)
        .add(
            new TaskListener() {
              @Override
              public void started(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ANALYZE
                    && event.getCompilationUnit() != null) {
                  compiled(event.getCompilationUnit());
                }
              }

              @Override
              public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.COMPILATION) {
                  finish();
                }
              }
            });
  }

  /** Once per compilation: the update written, or the stale entries told. Never throws. */
  private void finish() {
    if (finished || problem != null) {
      return;
    }
    finished = true;
    try {
      if (update) {
        write();
      } else {
        tellStale();
      }
    } catch (RuntimeException | LinkageError e) {
      JavacLog.error(context, SETUP + "failed at the end of the compilation: " + e);
    }
  }

  private void write() {
    if (JavacLog.errorCount(context) > 0) {
      JavacLog.note(
          context,
          SETUP
              + option
              + " is not updated: the compilation has errors, and a file that did not compile"
              + " has no findings to record");
      return;
    }
    Set<String> files = new HashSet<>(compiled.values());
    try {
      boolean written =
          BaselineFile.update(file, files, found, path -> Files.exists(folder.resolve(path)));
      int findings = found.values().stream().mapToInt(Integer::intValue).sum();
      JavacLog.note(
          context,
          SETUP
              + findings
              + (findings == 1 ? " finding" : " findings")
              + " of "
              + files.size()
              + (files.size() == 1 ? " file" : " files")
              + " compiled recorded in "
              + option
              + (written ? "" : " (unchanged)"));
    } catch (IOException | MalformedBaselineException e) {
      JavacLog.error(context, SETUP + option + " could not be updated: " + e.getMessage());
    }
  }

  private void tellStale() {
    Set<String> files = new HashSet<>(compiled.values());
    int stale = 0;
    for (Map.Entry<BaselineKey, Integer> entry : recorded.entrySet()) {
      if (files.contains(entry.getKey().file())) {
        stale += entry.getValue() - met.getOrDefault(entry.getKey(), 0);
      }
    }
    if (stale > 0) {
      JavacLog.note(
          context,
          SETUP
              + stale
              + (stale == 1 ? " finding" : " findings")
              + " recorded in "
              + option
              + " for the files compiled "
              + (stale == 1 ? "is" : "are")
              + " gone; -XepOpt:"
              + CheckerOptions.UPDATE_BASELINE_FLAG
              + "=true drops "
              + (stale == 1 ? "it" : "them"));
    }
  }
}
