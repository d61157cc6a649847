package dev.identityerrors.checker.baseline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: its format, its errors, and the merge of an update. */
class BaselineFileTest {
  @TempDir Path folder;

  private static BaselineKey key(String file, String flagged) {
    return new BaselineKey(file, "UnknownErrorCode", flagged, flagged + " is not a code");
  }

  @Test
  void formatIsSortedWithTheHeaderFirstAndOneLineAnEntry() {
    Map<BaselineKey, Integer> counts = new TreeMap<>();
    counts.put(key("b/B.java", "695"), 2);
    counts.put(key("a/A.java", "2135"), 1);
    assertEquals(
        BaselineFile.HEADER
            + "a/A.java\tUnknownErrorCode\t1\t2135\t2135 is not a code\n"
            + "b/B.java\tUnknownErrorCode\t2\t695\t695 is not a code\n",
        BaselineFile.format(counts));
  }

  @Test
  void parseReadsWhatFormatWroteWithEveryEscape() throws MalformedBaselineException {
    Map<BaselineKey, Integer> counts = new TreeMap<>();
    counts.put(new BaselineKey("a b/ü.java", "Check", "s(\"\\t\")", "tab\there\nnewline\\ \r"), 3);
    String text = BaselineFile.format(counts);
    assertEquals(5, text.lines().count(), text);
    assertEquals(counts, BaselineFile.parse(text, "baseline.txt"));
  }

  @Test
  void windowsLineEndsAndBlankLinesAreRead() throws MalformedBaselineException {
    String text = "# header\r\n\r\na/A.java\tUnknownErrorCode\t1\t695\t695 is not a code\r\n";
    assertEquals(Map.of(key("a/A.java", "695"), 1), BaselineFile.parse(text, "baseline.txt"));
  }

  @Test
  void aKeyWrittenTwiceCountsTwice() throws MalformedBaselineException {
    String line = "a/A.java\tUnknownErrorCode\t1\t695\t695 is not a code\n";
    assertEquals(
        Map.of(key("a/A.java", "695"), 2), BaselineFile.parse(line + line, "baseline.txt"));
  }

  @Test
  void aLineWithoutFiveFieldsNamesItsLine() {
    MalformedBaselineException e =
        assertThrows(
            MalformedBaselineException.class,
            () -> BaselineFile.parse("# header\na/A.java UnknownErrorCode 1 695 x\n", "b.txt"));
    assertEquals(
        "b.txt:2: 1 tab-separated fields where 5 belong (file, check, count, flagged, message)",
        e.getMessage());
  }

  @Test
  void aCountThatIsNotPositiveNamesItsLine() {
    for (String count : List.of("0", "-1", "two", "")) {
      MalformedBaselineException e =
          assertThrows(
              MalformedBaselineException.class,
              () -> BaselineFile.parse("a/A.java\tC\t" + count + "\t695\tx", "b.txt"));
      assertEquals("b.txt:1: the count '" + count + "' is not a positive number", e.getMessage());
    }
  }

  @Test
  void anEmptyFileOrCheckAndAnUnknownEscapeAreMalformed() {
    assertEquals(
        "b.txt:1: the file or the check is empty",
        assertThrows(
                MalformedBaselineException.class,
                () -> BaselineFile.parse("\tC\t1\t695\tx", "b.txt"))
            .getMessage());
    assertEquals(
        "b.txt:1: '\\q' is not an escape (\\\\, \\t, \\n, \\r)",
        assertThrows(
                MalformedBaselineException.class,
                () -> BaselineFile.parse("a/A.java\tC\t1\t\\q\tx", "b.txt"))
            .getMessage());
  }

  @Test
  void anUpdateReplacesTheCompiledFilesAndKeepsTheOthers() throws Exception {
    Path file = folder.resolve("baseline.txt");
    Files.writeString(
        file,
        BaselineFile.format(
            Map.of(
                key("main/A.java", "695"),
                1,
                key("test/T.java", "2135"),
                1,
                key("gone/G.java", "1"),
                1)));

    boolean written =
        BaselineFile.update(
            file,
            Set.of("main/A.java"),
            Map.of(key("main/A.java", "659"), 2),
            path -> !path.startsWith("gone/"));

    assertTrue(written);
    assertEquals(
        BaselineFile.HEADER
            + "main/A.java\tUnknownErrorCode\t2\t659\t659 is not a code\n"
            + "test/T.java\tUnknownErrorCode\t1\t2135\t2135 is not a code\n",
        Files.readString(file, UTF_8));
  }

  @Test
  void anUpdateThatChangesNothingLeavesTheFileAlone() throws Exception {
    Path file = folder.resolve("sub/dir/baseline.txt");
    Map<BaselineKey, Integer> findings = Map.of(key("A.java", "695"), 1);
    assertTrue(BaselineFile.update(file, Set.of("A.java"), findings, path -> true));
    assertFalse(BaselineFile.update(file, Set.of("A.java"), findings, path -> true));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void aMalformedFileIsNotOverwrittenByAnUpdate() throws Exception {
    Path file = folder.resolve("baseline.txt");
    Files.writeString(file, "<<<<<<< HEAD\n");
    assertThrows(
        MalformedBaselineException.class,
        () -> BaselineFile.update(file, Set.of("A.java"), Map.of(), path -> true));
    assertEquals("<<<<<<< HEAD\n", Files.readString(file, UTF_8));
  }

  @Test
  void updatesAtOnceLoseNothing() throws Exception {
    Path file = folder.resolve("baseline.txt");
    int modules = 16;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> updates = new ArrayList<>();
      for (int i = 0; i < modules; i++) {
        String module = "module" + i + "/A.java";
        updates.add(
            pool.submit(
                () ->
                    BaselineFile.update(
                        file, Set.of(module), Map.of(key(module, "695"), 1), path -> true)));
      }
      for (Future<Boolean> update : updates) {
        assertTrue(update.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(modules, BaselineFile.read(file).size(), Files.readString(file, UTF_8));
  }

  @Test
  void layoutIsTakenOutButWordsStayApart() {
    assertEquals(
        "code==695||new Foo(a,b).code()==USER_DOES_NOT_EXIST",
        FlaggedText.withoutLayout(
            "code ==  695\n    || new   Foo( a, b ).code() == USER_DOES_NOT_EXIST"));
  }
}
