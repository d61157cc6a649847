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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The baseline file: plain text for a reviewer's diff. A header of {@code #} lines, then one
 * finding per line, sorted, its fields separated by tabs: file, check, count, flagged code,
 * message. The same findings give the same bytes on every machine ({@code \n} line ends, no
 * absolute path, no time, no version).
 */
public final class BaselineFile {
  static final String HEADER =
      """
      # identity-errors baseline: known findings, not reported while they stay as they are.
      # Written by -XepOpt:IdentityErrorCode:UpdateBaseline=true; update it the same way.
      # A line removed is reported again (see docs/baseline.md in the identity-errors repository).
      # file\tcheck\tcount\tflagged\tmessage
      """;

  private static final int FIELDS = 5;

  /** How long an update waits for another compilation's update of the same file. */
  private static final long LOCK_TIMEOUT_MILLIS = 120_000;

  private BaselineFile() {}

  /** The text of a baseline holding these counts. */
  public static String format(Map<BaselineKey, Integer> counts) {
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
          .append(escape(key.message()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * The counts a baseline's text holds; a key written twice (a merge of two branches) counts twice.
   * {@code name} names the file in the exception's message.
   */
  public static SortedMap<BaselineKey, Integer> parse(String text, String name)
      throws MalformedBaselineException {
    SortedMap<BaselineKey, Integer> counts = new TreeMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
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
      try {
        key =
            new BaselineKey(
                unescape(fields[0]), unescape(fields[1]), unescape(fields[3]), unescape(fields[4]));
      } catch (IllegalArgumentException e) {
        throw malformed(name, i + 1, String.valueOf(e.getMessage()));
      }
      counts.merge(key, count, Integer::sum);
    }
    return counts;
  }

  private static MalformedBaselineException malformed(String name, int line, String why) {
    return new MalformedBaselineException(name + ":" + line + ": " + why);
  }

  /** The counts of the file at {@code file}, which must exist. */
  public static SortedMap<BaselineKey, Integer> read(Path file)
      throws IOException, MalformedBaselineException {
    return parse(Files.readString(file, UTF_8), file.toString());
  }

  /**
   * Replaces, under a lock, the entries of the compiled files with their findings, keeps the
   * entries of every other file that still exists, and writes the result by an atomic rename, only
   * where its bytes change: two compilations updating the file at once (a parallel multi-module
   * build) lose nothing, and a reader never sees half a file.
   *
   * @return whether the file was written
   */
  public static boolean update(
      Path file,
      Set<String> compiledFiles,
      Map<BaselineKey, Integer> findings,
      Predicate<String> fileExists)
      throws IOException, MalformedBaselineException {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    try (FileChannel channel =
        FileChannel.open(
            lockFileOf(absolute), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = acquire(channel);
      try {
        return merge(absolute, file.toString(), compiledFiles, findings, fileExists);
      } finally {
        lock.release();
      }
    }
  }

  /** The update itself, under the lock. */
  private static boolean merge(
      Path absolute,
      String name,
      Set<String> compiledFiles,
      Map<BaselineKey, Integer> findings,
      Predicate<String> fileExists)
      throws IOException, MalformedBaselineException {
    String old = Files.exists(absolute) ? Files.readString(absolute, UTF_8) : null;
    SortedMap<BaselineKey, Integer> merged = old == null ? new TreeMap<>() : parse(old, name);
    merged
        .keySet()
        .removeIf(key -> compiledFiles.contains(key.file()) || !fileExists.test(key.file()));
    findings.forEach((key, count) -> merged.merge(key, count, Integer::sum));
    String text = format(merged);
    if (text.equals(old)) {
      return false;
    }
    writeAtomically(absolute, text);
    return true;
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
            "another compilation held the baseline's lock for "
                + LOCK_TIMEOUT_MILLIS / 1000
                + " s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the baseline's lock");
      }
    }
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, text, UTF_8);
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
