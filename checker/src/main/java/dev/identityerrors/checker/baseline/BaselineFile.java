package dev.identityerrors.checker.baseline;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The baseline file: plain text for a reviewer's diff. A header of {@code #} lines, then one entry
 * per line, sorted, its fields separated by tabs: file, check, count, flagged code, message. The
 * message is for the reader only: it is not part of the key ({@link BaselineKey}). The same
 * findings give the same bytes on every machine ({@code \n} line ends, no absolute path, no time,
 * no version).
 *
 * <p>Format 2 (this one, named in the header) writes each key once. A key written twice is what a
 * merge of two branches leaves (git's {@code merge=union}, or a conflict resolved by keeping both
 * sides): it counts at its <em>smaller</em> count, so that a merge never allows more copies of a
 * finding than either branch did, and the build says so until an update writes it once. Format 1
 * (the 1.0.0 files, whose key held the message) summed such lines, which were distinct findings
 * there: a format-1 file is read as it was meant, and rewritten in format 2 by the next update.
 */
public final class BaselineFile {
  /** What marks a format-2 file: its first header line. */
  static final String FORMAT_2 = "# identity-errors baseline, format 2:";

  static final String HEADER =
      FORMAT_2
          + """
           known findings, not reported while they stay as they are.
          # Written by -XepOpt:IdentityErrorCode:UpdateBaseline=true, and shrunk by =prune; see docs/baseline.md.
          # An entry is matched by file, check and flagged code; a key written twice counts at its smaller count.
          # file\tcheck\tcount\tflagged\tmessage
          """;

  private static final int FIELDS = 5;

  /** How long an update waits for another compilation's update of the same file. */
  private static final long LOCK_TIMEOUT_MILLIS = 120_000;

  private BaselineFile() {}

  /**
   * What a baseline's text holds: the count of each key, the message written beside it, and the
   * keys a format-2 file writes more than once (a merge's leftovers).
   */
  public record Contents(
      SortedMap<BaselineKey, Integer> counts,
      Map<BaselineKey, String> messages,
      SortedSet<BaselineKey> writtenTwice) {
    static Contents empty() {
      return new Contents(new TreeMap<>(), new HashMap<>(), new TreeSet<>());
    }
  }

  /**
   * What an update changed: the count each key had before and has now (0 for none), for the keys
   * whose count changed; and whether the file was written.
   */
  public record Change(boolean written, SortedMap<BaselineKey, int[]> counts) {}

  /** The text of a baseline holding these counts, each key with its message. */
  public static String format(Map<BaselineKey, Integer> counts, Map<BaselineKey, String> messages) {
    StringBuilder text = new StringBuilder(HEADER);
    for (Map.Entry<BaselineKey, Integer> entry : new TreeMap<>(counts).entrySet()) {
      BaselineKey key = entry.getKey();
      text.append(escape(key.file()))
          .append('\t')
          .append(escape(key.check()))
          .append('\t')
          .append(entry.getValue())
          .append('\t')
          .append(escape(key.flagged()))
          .append('\t')
          .append(escape(messages.getOrDefault(key, "")))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * What a baseline's text holds. {@code name} names the file in the exception's message.
   *
   * @throws MalformedBaselineException naming the first line that is not an entry
   */
  public static Contents parse(String text, String name) throws MalformedBaselineException {
    Contents contents = Contents.empty();
    boolean format2 = false;
    boolean inHeader = true;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        format2 |= inHeader && line.startsWith(FORMAT_2);
        continue;
      }
      inHeader = false;
      String[] fields = line.split("\t", -1);
      if (fields.length != FIELDS) {
        throw malformed(
            name,
            i + 1,
            fields.length
                + " tab-separated fields where 5 belong (file, check, count, flagged, message)");
      }
      int count;
      try {
        count = Integer.parseInt(fields[2]);
      } catch (NumberFormatException e) {
        count = 0;
      }
      if (count <= 0) {
        throw malformed(name, i + 1, "the count '" + fields[2] + "' is not a positive number");
      }
      if (fields[0].isEmpty() || fields[1].isEmpty()) {
        throw malformed(name, i + 1, "the file or the check is empty");
      }
      BaselineKey key;
      String message;
      try {
        key = new BaselineKey(unescape(fields[0]), unescape(fields[1]), unescape(fields[3]));
        message = unescape(fields[4]);
      } catch (IllegalArgumentException e) {
        throw malformed(name, i + 1, String.valueOf(e.getMessage()));
      }
      Integer before = contents.counts().get(key);
      if (before == null) {
        contents.counts().put(key, count);
        contents.messages().put(key, message);
      } else if (format2) {
        contents.counts().put(key, Math.min(before, count));
        contents.writtenTwice().add(key);
      } else {
        contents.counts().put(key, before + count);
      }
    }
    return contents;
  }

  private static MalformedBaselineException malformed(String name, int line, String why) {
    return new MalformedBaselineException(name + ":" + line + ": " + why);
  }

  /** What the file at {@code file}, which must exist, holds. */
  public static Contents read(Path file) throws IOException, MalformedBaselineException {
    return parse(Files.readString(file, UTF_8), file.toString());
  }

  /**
   * Replaces, under a lock, the entries analysed (a file and a check that ran on it) with their
   * findings, keeps every other entry of a file that still exists, and writes the result by an
   * atomic rename, only where its bytes change: two compilations updating the file at once (a
   * parallel multi-module build) lose nothing, and a reader never sees half a file.
   *
   * <p>With {@code pruneOnly}, an analysed entry is lowered to the findings met, never raised, and
   * no key is added: the pay-down step cannot record a new mistake.
   */
  public static Change update(
      Path file,
      Predicate<BaselineKey> analysed,
      Map<BaselineKey, Integer> findings,
      Map<BaselineKey, String> messages,
      Predicate<String> fileExists,
      boolean pruneOnly)
      throws IOException, MalformedBaselineException {
    Path absolute = file.toAbsolutePath().normalize();
    return underLock(
        absolute,
        () ->
            merge(absolute, file.toString(), analysed, findings, messages, fileExists, pruneOnly));
  }

  /**
   * Writes another file a compilation makes (a report) as the baseline is written: under the same
   * kind of lock, by an atomic rename, only where its bytes change. Whether it was written.
   */
  public static boolean replace(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return underLock(
          absolute,
          () -> {
            if (Files.exists(absolute) && text.equals(Files.readString(absolute, UTF_8))) {
              return false;
            }
            writeAtomically(absolute, text);
            return true;
          });
    } catch (MalformedBaselineException neverForAReport) {
      throw new IOException(neverForAReport);
    }
  }

  /** What is done to a file under its lock. */
  @FunctionalInterface
  private interface LockedWork<T> {
    T run() throws IOException, MalformedBaselineException;
  }

  /**
   * Runs the work holding the file's lock, its folder made first: two compilations writing the file
   * at once (a parallel build) take turns.
   */
  private static <T> T underLock(Path absolute, LockedWork<T> work)
      throws IOException, MalformedBaselineException {
    Path folder = absolute.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (FileChannel channel =
        FileChannel.open(
            lockFileOf(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = acquire(channel);
      try {
        return work.run();
      } finally {
        lock.release();
      }
    }
  }

  /** The update itself, under the lock. */
  private static Change merge(
      Path absolute,
      String name,
      Predicate<BaselineKey> analysed,
      Map<BaselineKey, Integer> findings,
      Map<BaselineKey, String> messages,
      Predicate<String> fileExists,
      boolean pruneOnly)
      throws IOException, MalformedBaselineException {
    String old = Files.exists(absolute) ? Files.readString(absolute, UTF_8) : null;
    Contents before = old == null ? Contents.empty() : parse(old, name);
    SortedMap<BaselineKey, Integer> after = new TreeMap<>();
    Map<BaselineKey, String> afterMessages = new HashMap<>();
    before
        .counts()
        .forEach(
            (key, count) -> {
              if (!fileExists.test(key.file())) {
                return;
              }
              int kept =
                  !analysed.test(key)
                      ? count
                      : pruneOnly ? Math.min(count, findings.getOrDefault(key, 0)) : 0;
              if (kept > 0) {
                after.put(key, kept);
                afterMessages.put(key, before.messages().getOrDefault(key, ""));
              }
            });
    if (!pruneOnly) {
      findings.forEach(
          (key, count) -> {
            after.merge(key, count, Integer::sum);
            afterMessages.put(key, messages.getOrDefault(key, ""));
          });
    }
    SortedMap<BaselineKey, int[]> changed = new TreeMap<>();
    for (BaselineKey key : union(before.counts().keySet(), after.keySet())) {
      int was = before.counts().getOrDefault(key, 0);
      int now = after.getOrDefault(key, 0);
      if (was != now) {
        changed.put(key, new int[] {was, now});
      }
    }
    String text = format(after, afterMessages);
    if (text.equals(old)) {
      return new Change(false, changed);
    }
    writeAtomically(absolute, text);
    return new Change(true, changed);
  }

  private static SortedSet<BaselineKey> union(Set<BaselineKey> a, Set<BaselineKey> b) {
    SortedSet<BaselineKey> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The lock lives in the temporary folder, not beside the baseline: the baseline is replaced by a
   * rename, so a lock on it would lock the old file, and a lock file beside it would be one more
   * file for every team to ignore.
   */
  private static Path lockFileOf(Path absolute) throws IOException {
    Path folder = absolute.getParent();
    Path real =
        folder != null && Files.isDirectory(folder)
            ? folder.toRealPath().resolve(absolute.getFileName())
            : absolute;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(UTF_8));
      return Path.of(
          System.getProperty("java.io.tmpdir"),
          "identity-errors-baseline-" + HexFormat.of().formatHex(digest, 0, 8) + ".lock");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException("no SHA-256 in this JVM", e);
    }
  }

  /**
   * Waits for the lock. Another process's hold makes {@code tryLock} answer null; another
   * compilation in this JVM (a build daemon, {@code mvn -T}) makes it throw: both are waited out.
   */
  private static FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_TIMEOUT_MILLIS * 1_000_000;
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException heldInThisJvm) {
        // Waited out below.
      }
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "another compilation held the lock of the file for "
                + LOCK_TIMEOUT_MILLIS / 1000
                + " s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the file's lock");
      }
    }
  }

  /**
   * Writes beside the file and renames over it. The temporary file is made with the folder's
   * default permissions (not {@code createTempFile}'s owner-only ones) and then given the old
   * file's, so that an update keeps a file's mode.
   */
  private static void writeAtomically(Path file, String text) throws IOException {
    Path folder = file.getParent() == null ? Path.of(".") : file.getParent();
    Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temporary, text, UTF_8, StandardOpenOption.CREATE_NEW);
      keepPermissions(file, temporary);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (old != null && Files.exists(from)) {
      Files.setPosixFilePermissions(to, old.readAttributes().permissions());
    }
  }

  static String escape(String field) {
    StringBuilder escaped = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder plain = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        plain.append(c);
        continue;
      }
      char next = i + 1 < field.length() ? field.charAt(++i) : ' ';
      switch (next) {
        case '\\' -> plain.append('\\');
        case 't' -> plain.append('\t');
        case 'n' -> plain.append('\n');
        case 'r' -> plain.append('\r');
        default ->
            throw new IllegalArgumentException(
                "'\\" + next + "' is not an escape (\\\\, \\t, \\n, \\r)");
      }
    }
    return plain.toString();
  }
}
