package dev.identityerrors.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.identityerrors.IdentityError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whitespace of what patch mode writes, byte for byte: real javac applying the fixes in place.
 * The refactoring helper's TEXT_MATCH formats both sides with google-java-format before comparing,
 * so it cannot see a double space or a tab indented with spaces.
 */
class PatchModeLayoutTest {
  @TempDir Path sources;

  private String patched(String check, String... lines) throws IOException {
    Path file = sources.resolve("Client.java");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    Compilation compilation =
        RealJavac.compile(
            "-XepDisableAllChecks -Xep:"
                + check
                + " -XepPatchChecks:"
                + check
                + " -XepPatchLocation:IN_PLACE",
            List.of(RealJavac.onDisk(file)));
    assertEquals(List.of(), compilation.errors(), "the patched compilation reports no error");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void removedAnnotationLeavesNoDoubleSpaceNorEmptyLine() throws IOException {
    assertEquals(
        String.join(
            "\n",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  String name;",
            "  void take(boolean flag, final String s) {}",
            "  String label() { return \"\"; }",
            "}",
            ""),
        patched(
            "ErrorCodeAnnotationMisuse",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "  @IdentityErrorCode String name;",
            "  void take(@IdentityErrorCode\tboolean flag, final @IdentityErrorCode String s) {}",
            "  @IdentityErrorCode",
            "  String label() { return \"\"; }",
            "}"));
  }

  @Test
  void addedBreakIsIndentedWithTabsWhereNoStatementShowsHow() throws IOException {
    String cases =
        Arrays.stream(IdentityError.values())
            .filter(e -> e != IdentityError.INVALID_REQUEST && e != IdentityError.UNKNOWN_ERROR)
            .map(IdentityError::name)
            .collect(Collectors.joining(", ", "\t\tcase ", ": System.out.println(code);"));
    assertEquals(
        String.join(
            "\n",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "\tvoid handle(@IdentityErrorCode int code) {",
            "\t\tswitch (code) {",
            cases,
            // The last case ran off the end of the switch: it still does.
            "\t\t\tbreak;",
            "\t\tcase INVALID_REQUEST: // REQUEST",
            "\t\tcase UNKNOWN_ERROR: // SERVER",
            "\t\t\tbreak;",
            "\t\t}",
            "\t}",
            "}",
            ""),
        patched(
            "UnhandledErrorCategory",
            "import static dev.identityerrors.IdentityErrorCodes.*;",
            "import dev.identityerrors.IdentityErrorCode;",
            "class Client {",
            "\tvoid handle(@IdentityErrorCode int code) {",
            "\t\tswitch (code) {",
            cases,
            "\t\t}",
            "\t}",
            "}"));
  }
}
