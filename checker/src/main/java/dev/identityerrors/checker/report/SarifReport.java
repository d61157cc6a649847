package dev.identityerrors.checker.report;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.baseline.BaselineFile;
import dev.identityerrors.checker.compat.CompilationEnd;
import dev.identityerrors.checker.compat.ErrorProneApi;
import dev.identityerrors.checker.compat.JavacLog;
import dev.identityerrors.checker.config.CheckerOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one compilation as a SARIF 2.1.0 log ({@code
 * -XepOpt:IdentityErrorCode:Sarif=FOLDER}), for code scanning and SARIF viewers: each compilation
 * writes one file into the folder, named after its class output folder ({@code app/target/classes}
 * writes {@code app-target-classes.sarif}), so that the main and test compilations of every module
 * of a build, in any order and at once, leave one file each, and a compilation run again replaces
 * its own file. Written when the compilation ends, under a lock and by an atomic rename, with the
 * same bytes for the same findings.
 *
 * <p>Every finding that passes the baseline is recorded, with the level the build gave it; with a
 * baseline set, a finding it records is present as suppressed ({@code baselineState} {@code
 * unchanged}) and the others are {@code new}. Set-up problems are the run's notifications.
 */
public final class SarifReport {
  private static final Context.Key<SarifReport> KEY = new Context.Key<>();

  /** Prefixed to the errors of writing the report, which belong to no tree. */
  private static final String SETUP = "[IdentityErrorsSetup] identity-errors SARIF report: ";

  /** A position in a source file, as SARIF counts it: lines and columns from 1, end exclusive. */
  record Region(int startLine, int startColumn, int endLine, int endColumn) {}

  /**
   * One replacement of a fix: the region it deletes (empty for an insertion) and what it writes.
   */
  record Edit(Region deleted, String inserted) {}

  /** A fix: what it says it does and its edits, in one file. */
  record FixOf(String description, List<Edit> edits) {}

  /** One finding as the log holds it. */
  record Result(
      String uri,
      boolean underRoot,
      Region region,
      String ruleId,
      String level,
      String message,
      String key,
      List<FixOf> fixes,
      @Nullable Boolean baselined) {}

  private static final Comparator<Result> ORDER =
      Comparator.comparing(Result::uri)
          .thenComparingInt(result -> result.region().startLine())
          .thenComparingInt(result -> result.region().startColumn())
          .thenComparingInt(result -> result.region().endLine())
          .thenComparingInt(result -> result.region().endColumn())
          .thenComparing(Result::ruleId)
          .thenComparing(Result::message);

  private final Context context;
  private final String option;
  private final Path folder;
  private final Path root;
  private final String version;
  private final List<Result> results = new ArrayList<>();
  private final SortedSet<String> notifications = new TreeSet<>();
  private final SortedSet<String> sources = new TreeSet<>();

  /**
   * A source file as the log names it (its URI, and whether that is relative to the root), and what
   * it imports, read once, when a fix first adds an import to it: a file has many findings.
   */
  private static final class SourceFile {
    private final String uri;
    private final boolean underRoot;
    private @Nullable Set<String> imports;

    SourceFile(String uri, boolean underRoot) {
      this.uri = uri;
      this.underRoot = underRoot;
    }

    String uri() {
      return uri;
    }

    boolean underRoot() {
      return underRoot;
    }

    /** Each import of the unit as {@link #importedName} gives it: {@code static a.B.c}. */
    Set<String> imports(CompilationUnitTree unit) {
      if (imports == null) {
        Set<String> names = new HashSet<>();
        for (ImportTree existing : unit.getImports()) {
          names.add(
              (existing.isStatic() ? "static " : "")
                  + existing.getQualifiedIdentifier().toString());
        }
        imports = names;
      }
      return imports;
    }
  }

  private final Map<JavaFileObject, SourceFile> files = new HashMap<>();

  private boolean finished;

  private SarifReport(Context context, String option, @Nullable String root, String version) {
    this.context = context;
    this.option = option;
    this.folder = Path.of(option).toAbsolutePath().normalize();
    this.root = Path.of(root == null ? "" : root).toAbsolutePath().normalize();
    this.version = version;
  }

  /**
   * The compilation's report, made on the first call; null when no report is asked for.
   *
   * @param version the checker's version, which the log names
   */
  public static @Nullable SarifReport instance(
      VisitorState state, CheckerOptions options, String version) {
    String option = options.sarif();
    if (option == null) {
      return null;
    }
    SarifReport report = state.context.get(KEY);
    if (report == null) {
      report = new SarifReport(state.context, option, options.sarifRoot(), version);
      state.context.put(KEY, report);
      CompilationEnd.whenFinished(state.context, report::finish);
    }
    return report;
  }

  /**
   * Tells that a unit is analysed: it names the report when the compilation has no class folder.
   */
  public void analysing(CompilationUnitTree unit) {
    sources.add(unit.getSourceFile().toUri().toString());
  }

  /** A problem with the set-up, reported by the build: one of the run's notifications. */
  public void setUpProblem(String message) {
    notifications.add(message);
  }

  /**
   * Records a finding as the build reports it.
   *
   * @param flagged the tree it flagged, null when it names none (it is then left out)
   * @param flaggedText that tree as the baseline's key holds it ({@code FlaggedText.of})
   * @param baselined whether the baseline takes it; null when no baseline is set
   */
  public void record(
      Description description,
      @Nullable Tree flagged,
      String flaggedText,
      VisitorState state,
      @Nullable Boolean baselined) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    if (flagged == null) {
      return;
    }
    LineMap lines = unit.getLineMap();
    int start = ASTHelpers.getStartPosition(flagged);
    int end = Math.max(start, state.getEndPosition(flagged));
    if (start < 0 || lines == null) {
      return;
    }
    SourceFile file = files.computeIfAbsent(unit.getSourceFile(), this::sourceFileOf);
    results.add(
        new Result(
            file.uri(),
            file.underRoot(),
            region(lines, start, end),
            description.checkName,
            level(state.severityMap().get(description.checkName), description.checkName),
            description.getRawMessage(),
            file.uri() + "\0" + description.checkName + "\0" + flaggedText,
            fixes(description, unit, file, lines, state),
            baselined));
  }

  /** The level the build reported a finding at: its check's severity there, or its default. */
  private static String level(@Nullable SeverityLevel reported, String check) {
    if (reported == null) {
      for (Rules.Rule rule : Rules.ofTheChecks()) {
        if (rule.id().equals(check)) {
          return rule.level();
        }
      }
      return "warning";
    }
    return Rules.level(reported);
  }

  private static Region region(LineMap lines, int start, int end) {
    int startLine = (int) lines.getLineNumber(start);
    int endLine = (int) lines.getLineNumber(end);
    return new Region(
        startLine,
        start - (int) lines.getStartPosition(startLine) + 1,
        endLine,
        end - (int) lines.getStartPosition(endLine) + 1);
  }

  private static List<FixOf> fixes(
      Description description,
      CompilationUnitTree unit,
      SourceFile file,
      LineMap lines,
      VisitorState state) {
    List<Fix> suggested = ErrorProneApi.fixesOf(description);
    if (suggested.isEmpty() || !(unit instanceof JCCompilationUnit compilationUnit)) {
      return List.of();
    }
    List<FixOf> fixes = new ArrayList<>(suggested.size());
    for (Fix fix : suggested) {
      try {
        List<Edit> edits = new ArrayList<>();
        for (Replacement replacement : ErrorProneApi.replacementsOf(fix, compilationUnit)) {
          edits.add(
              new Edit(
                  region(lines, replacement.startPosition(), replacement.endPosition()),
                  replacement.replaceWith()));
        }
        Edit imports = importsOf(fix, compilationUnit, file, lines, state);
        if (imports != null) {
          edits.add(imports);
        }
        edits.sort(EDIT_ORDER);
        String text = fix.getShortDescription();
        fixes.add(
            new FixOf(
                text == null || text.isEmpty() ? "Apply the suggested fix" : text,
                List.copyOf(edits)));
      } catch (RuntimeException | LinkageError unreadable) {
        // A fix this release cannot give as replacements is left out of the log, not the build.
      }
    }
    return fixes;
  }

  private static final Comparator<Edit> EDIT_ORDER =
      Comparator.comparingInt((Edit edit) -> edit.deleted().startLine())
          .thenComparingInt(edit -> edit.deleted().startColumn());

  /**
   * The imports a fix adds, as an insertion after the unit's last import (or its package, or at its
   * start), one line each in name order, leaving out what the unit imports already: what Error
   * Prone's patch mode writes, which keeps imports apart from the fix's replacements. Null when it
   * adds none.
   */
  private static @Nullable Edit importsOf(
      Fix fix, JCCompilationUnit unit, SourceFile file, LineMap lines, VisitorState state) {
    Collection<String> wanted = fix.getImportsToAdd();
    if (wanted.isEmpty()) {
      return null;
    }
    SortedSet<String> added = new TreeSet<>();
    for (String statement : wanted) {
      String name = importedName(statement);
      if (!file.imports(unit).contains(name)) {
        added.add(name);
      }
    }
    if (added.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int at;
    if (!unit.getImports().isEmpty()) {
      at = state.getEndPosition(unit.getImports().get(unit.getImports().size() - 1));
      added.forEach(name -> text.append("\nimport ").append(name).append(';'));
    } else if (unit.getPackage() != null) {
      at = state.getEndPosition(unit.getPackage());
      text.append('\n');
      added.forEach(name -> text.append("\nimport ").append(name).append(';'));
    } else {
      at = 0;
      added.forEach(name -> text.append("import ").append(name).append(";\n"));
      text.append('\n');
    }
    return at < 0 ? null : new Edit(region(lines, at, at), text.toString());
  }

  /**
   * What an import statement of a fix imports ({@code static a.B.c} for {@code import static
   * a.B.c;}), as {@link SourceFile#imports} holds it.
   */
  static String importedName(String statement) {
    String name = statement.strip();
    if (name.startsWith("import") && name.length() > 6 && Character.isWhitespace(name.charAt(6))) {
      name = name.substring(6).strip();
    }
    if (name.endsWith(";")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return name;
  }

  /** A source file's URI in the log: relative to the root where it is under it, else absolute. */
  private SourceFile sourceFileOf(JavaFileObject file) {
    URI source = file.toUri();
    Path relative = relativeToRoot(source);
    return relative != null
        ? new SourceFile(uriOf(relative), true)
        : new SourceFile(source.toString(), false);
  }

  /** A relative path as a URI reference: forward slashes, and what a URI cannot hold escaped. */
  private static String uriOf(Path relative) {
    String path = relative.toString().replace(File.separatorChar, '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      return path;
    }
  }

  /** A source file's path relative to the root, or null when it is elsewhere or not on disk. */
  private @Nullable Path relativeToRoot(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    try {
      Path source = Path.of(uri).toAbsolutePath().normalize();
      return source.startsWith(root) ? root.relativize(source) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Once per compilation. Never throws: a report that cannot be written is a set-up error. */
  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    String name = name();
    try {
      List<Result> sorted = new ArrayList<>(results);
      sorted.sort(ORDER);
      String log =
          SarifLog.write(
              version,
              Rules.ofTheChecks(),
              sorted,
              List.copyOf(notifications),
              root.toUri().toString(),
              name);
      BaselineFile.replace(folder.resolve(name + ".sarif"), log);
    } catch (IOException | RuntimeException | LinkageError e) {
      JavacLog.error(context, SETUP + option + "/" + name + ".sarif could not be written: " + e);
    }
  }

  /**
   * The report's file name: the compilation's class output folder relative to the root ({@code
   * app/target/classes} gives {@code app-target-classes}), or, with none, a digest of the sources.
   */
  private String name() {
    JavaFileManager files = context.get(JavaFileManager.class);
    if (files instanceof StandardJavaFileManager standard) {
      Iterable<? extends File> output = standard.getLocation(StandardLocation.CLASS_OUTPUT);
      if (output != null) {
        for (File directory : output) {
          Path absolute = directory.toPath().toAbsolutePath().normalize();
          Path named = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
          String name = named.toString().replaceAll("[^A-Za-z0-9._]+", "-");
          name = name.replaceAll("^-+|-+$", "");
          if (!name.isEmpty()) {
            return name;
          }
        }
      }
    }
    return "sources-" + digest(String.join("\n", sources)).substring(0, 16);
  }

  private static String digest(String text) {
    return HexFormat.of()
        .formatHex(SarifLog.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
