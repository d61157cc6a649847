package dev.identityerrors.checker.baseline;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.compat.CompilationEnd;
import dev.identityerrors.checker.compat.JavacLog;
import dev.identityerrors.checker.config.CheckerOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * One compilation's baseline ({@code -XepOpt:IdentityErrorCode:Baseline=PATH}): the findings it
 * records are not reported, as many of each as it counts. With {@code UpdateBaseline=true} every
 * finding is recorded instead; with {@code UpdateBaseline=prune} findings are reported as usual and
 * the entries whose findings are gone are dropped. Either update rewrites the file once, when javac
 * finishes, for the files this compilation analysed, and names each entry it added or dropped. With
 * {@code StrictBaseline=true} an entry recorded for an analysed file that no longer has its
 * findings is an error. Lives in the compilation's {@link Context}.
 *
 * <p>What was analysed is told by each check's compilation-unit matcher ({@link #analysing}): a
 * file and a check, for every file Error Prone scanned, whichever comes first and whether or not it
 * has a finding. Only the entries of a file and a check analysed are judged stale or replaced: a
 * compilation with some checks off (patch mode with named checks, {@code -Xep:Check:OFF}) leaves
 * the other checks' entries alone.
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
  private final CheckerOptions.BaselineUpdate mode;
  private final boolean strict;
  private final BaselineFile.Contents recorded;
  private final @Nullable String problem;

  /** How many of each recorded key this compilation has met (check and prune modes). */
  private final Map<BaselineKey, Integer> met = new HashMap<>();

  /** Every finding of this compilation (update mode). */
  private final Map<BaselineKey, Integer> found = new HashMap<>();

  /** The message written beside each key found (update mode): the first in String order. */
  private final Map<BaselineKey, String> messages = new HashMap<>();

  /** The baseline path of each source file met. */
  private final Map<JavaFileObject, String> paths = new HashMap<>();

  /** The checks that analysed each file, by its baseline path. */
  private final Map<String, Set<String>> analysed = new HashMap<>();

  private boolean finished;

  private Baseline(Context context, CheckerOptions options, String option) {
    this.context = context;
    this.option = option;
    this.mode = options.baselineUpdate();
    this.strict = options.strictBaseline();
    Path path = Path.of(option).toAbsolutePath().normalize();
    this.file = path;
    this.folder = realOrAbsolute(path.getParent() == null ? path : path.getParent());
    BaselineFile.Contents contents = BaselineFile.Contents.empty();
    String why = null;
    try {
      if (Files.exists(path)) {
        contents = BaselineFile.parse(Files.readString(path, StandardCharsets.UTF_8), option);
      } else if (mode != CheckerOptions.BaselineUpdate.ALL) {
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
    this.recorded = why == null ? contents : BaselineFile.Contents.empty();
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
      CompilationEnd.whenFinished(state.context, baseline::finish);
    }
    return baseline;
  }

  /** Tells that a check is analysing a unit: its entries for the unit's file can now be judged. */
  public void analysing(CompilationUnitTree unit, String check) {
    analysed.computeIfAbsent(path(unit), file -> new HashSet<>()).add(check);
  }

  /** Whether the key's file was analysed by the key's check in this compilation. */
  private boolean analysed(BaselineKey key) {
    Set<String> checks = analysed.get(key.file());
    return checks != null && checks.contains(key.check());
  }

  /** What makes the baseline unusable, for {@code IdentityErrorsSetup}; null when it is usable. */
  public @Nullable String problem() {
    return problem;
  }

  /**
   * Whether a finding is to go unreported: in update mode, every one (it is recorded); otherwise
   * one the baseline records and has not yet been met as often as it counts.
   *
   * @param flaggedText what the finding flagged ({@link FlaggedText#of}), empty when it names no
   *     tree: made once by the caller, which gives it to the SARIF report too
   *     <p>Copies of one finding in one file share a key, which has no line: when there is one copy
   *     more than recorded, the one met last in the file is reported, which need not be the new
   *     one.
   */
  public boolean holds(Description description, String flaggedText, VisitorState state) {
    if (problem != null) {
      return false;
    }
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    BaselineKey key = new BaselineKey(path(unit), description.checkName, flaggedText);
    if (mode == CheckerOptions.BaselineUpdate.ALL) {
      found.merge(key, 1, Integer::sum);
      messages.merge(key, description.getRawMessage(), Baseline::first);
      return true;
    }
    int allowed = recorded.counts().getOrDefault(key, 0);
    int seen = met.getOrDefault(key, 0);
    if (seen >= allowed) {
      return false;
    }
    met.put(key, seen + 1);
    return true;
  }

  /** Of two messages of one key, the one written: the same whichever finding comes first. */
  private static String first(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A unit's baseline path, made once per file. */
  private String path(CompilationUnitTree unit) {
    JavaFileObject source = unit.getSourceFile();
    String path = paths.get(source);
    if (path == null) {
      path = baselinePath(source.toUri());
      paths.put(source, path);
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

  /** Once per compilation: the update written, or the stale entries told. Never throws. */
  private void finish() {
    if (finished || problem != null) {
      return;
    }
    finished = true;
    try {
      switch (mode) {
        case ALL -> write();
        case PRUNE -> prune();
        case NONE -> tellStale();
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
    int findings = found.values().stream().mapToInt(Integer::intValue).sum();
    update(
        found,
        false,
        plural(findings, "finding")
            + " of "
            + plural(analysed.size(), "file")
            + " compiled recorded in "
            + option);
  }

  /**
   * Drops what is gone and records nothing new: the entries of the files analysed are lowered to
   * the findings met. Written even when the compilation has errors (a new finding at ERROR is one):
   * a file Error Prone did not scan is not among those analysed, and its entries are kept.
   */
  private void prune() {
    update(met, true, "pruned " + option + " to the findings still there");
  }

  private void update(Map<BaselineKey, Integer> findings, boolean pruneOnly, String what) {
    try {
      BaselineFile.Change change =
          BaselineFile.update(file, this::analysed, findings, messages, this::exists, pruneOnly);
      StringBuilder note = new StringBuilder(SETUP).append(what);
      if (!change.written()) {
        note.append(" (unchanged)");
      }
      change
          .counts()
          .forEach(
              (key, counts) ->
                  note.append(counts[1] > counts[0] ? "\n  added   " : "\n  dropped ")
                      .append(Math.abs(counts[1] - counts[0]))
                      .append(" of ")
                      .append(key)
                      .append(" (")
                      .append(counts[0])
                      .append(" -> ")
                      .append(counts[1])
                      .append(')'));
      JavacLog.note(context, note.toString());
    } catch (IOException | MalformedBaselineException e) {
      JavacLog.error(context, SETUP + option + " could not be updated: " + e.getMessage());
    }
  }

  /**
   * The entries recorded for the files analysed (or for files that no longer exist) with fewer
   * findings today than they count: one note naming each, or with {@code StrictBaseline=true} one
   * error, as is a key written twice.
   */
  private void tellStale() {
    if (JavacLog.errorCount(context) > 0 && analysed.isEmpty()) {
      return;
    }
    int stale = 0;
    StringBuilder entries = new StringBuilder();
    for (Map.Entry<BaselineKey, Integer> entry : recorded.counts().entrySet()) {
      BaselineKey key = entry.getKey();
      boolean gone = !exists(key.file());
      if (!gone && !analysed(key)) {
        continue;
      }
      int today = gone ? 0 : met.getOrDefault(key, 0);
      if (today < entry.getValue()) {
        stale += entry.getValue() - today;
        entries
            .append("\n  ")
            .append(key)
            .append(": recorded ")
            .append(entry.getValue())
            .append(", found ")
            .append(today)
            .append(gone ? " (the file no longer exists)" : "");
      }
    }
    StringBuilder message = new StringBuilder();
    if (stale > 0) {
      message
          .append(plural(stale, "finding"))
          .append(" recorded in ")
          .append(option)
          .append(stale == 1 ? " is" : " are")
          .append(" gone; -XepOpt:")
          .append(CheckerOptions.UPDATE_BASELINE_FLAG)
          .append("=prune drops ")
          .append(stale == 1 ? "it" : "them")
          .append(entries);
    }
    if (!recorded.writtenTwice().isEmpty()) {
      message.append(message.length() == 0 ? "" : "\n").append(option).append(" writes");
      message.append(recorded.writtenTwice().size() == 1 ? " a key" : " keys");
      message.append(" twice (a merge's leftovers; each counts at its smaller count)");
      recorded.writtenTwice().forEach(key -> message.append("\n  ").append(key));
    }
    if (message.length() == 0) {
      return;
    }
    if (strict) {
      JavacLog.error(
          context,
          SETUP
              + "-XepOpt:"
              + CheckerOptions.STRICT_BASELINE_FLAG
              + "=true holds the file to what is true: "
              + message);
    } else {
      JavacLog.note(context, SETUP + message);
    }
  }

  /** Whether a baseline path names a file on disk; a path this OS cannot read names none. */
  private boolean exists(String path) {
    try {
      return Files.exists(folder.resolve(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
