package dev.identityerrors.checker.analysis;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.scanner.ScannerSupplier;
import dev.identityerrors.checker.ErrorCodeLiteral;
import dev.identityerrors.checker.HttpStatusAsErrorCode;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Collections of codes: a collection queried with a code somewhere in its compilation unit has its
 * constants judged, and what is read out of it is a code. One never queried with a code is never
 * judged.
 */
class CollectionInferenceTest {
  private final CompilationTestHelper constants =
      CompilationTestHelper.newInstance(
          ScannerSupplier.fromBugCheckerClasses(UnknownErrorCode.class, ErrorCodeLiteral.class),
          getClass());

  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void setOfCodesQueriedWithContains() {
    constants
        .addSourceLines(
            "Retries.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE =",
            "      // BUG: Diagnostic contains: use IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN",
            "      Set.of(2153,",
            "          // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code; did you"
                + " mean 2153",
            "          2135);",
            "  boolean retry(LusidProblemDetails problem) {",
            "    return RETRYABLE.contains(problem.getCode());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void mapKeysArraysAndAdditions() {
    constants
        .addSourceLines(
            "Messages.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Arrays;",
            "import java.util.HashSet;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Set;",
            "class Messages {",
            "  private final Map<Integer, String> messages =",
            "      // BUG: Diagnostic contains: USER_DOES_NOT_EXIST",
            "      Map.of(657, \"no such user\",",
            "          // BUG: Diagnostic contains: 6588 is not a LUSID Identity error code",
            "          6588, \"gone\");",
            "  private final Map<Integer, String> more =",
            "      Map.ofEntries(",
            "          // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "          Map.entry(695, \"name taken\"),",
            "          Map.entry(IdentityErrorCodes.ACCESS_DENIED, \"denied\"));",
            "  // BUG: Diagnostic contains: DUPLICATE_IN_PARAMETER_SET",
            "  private final int[] ignored = {144,",
            "      // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "      15};",
            "  private final Set<Integer> seen = new HashSet<>(List.of(IdentityErrorCodes.ACCESS_DENIED));",
            "  String describe(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 2155 is not a LUSID Identity error code",
            "    seen.add(2155);",
            "    if (Arrays.binarySearch(ignored, code) >= 0 || seen.contains(code)) {",
            "      return \"\";",
            "    }",
            "    return messages.getOrDefault(code, more.get(code));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void moreQueriesAndShapes() {
    constants
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.ArrayList;",
            "import java.util.Arrays;",
            "import java.util.HashMap;",
            "import java.util.List;",
            "import java.util.Map;",
            "class Client {",
            "  // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "  private final Integer[] boxed = {6577};",
            "  // BUG: Diagnostic contains: 21544 is not a LUSID Identity error code",
            "  private final long[] wide = {21544L};",
            "  private final List<Integer> order = new ArrayList<>();",
            "  private final Map<Long, String> names = new HashMap<>();",
            "  // BUG: Diagnostic contains: 1440 is not a LUSID Identity error code",
            "  private final List<Integer> handled = List.of(1440);",
            "  void record(@IdentityErrorCode int code, LusidProblemDetails problem) {",
            "    // BUG: Diagnostic contains: 1877 is not a LUSID Identity error code",
            "    order.add(1877);",
            "    // BUG: Diagnostic contains: 7188 is not a LUSID Identity error code",
            "    names.put(7188L, \"odd\");",
            "    order.remove(Integer.valueOf(code));",
            "    if (order.indexOf(problem.getCode()) < 0",
            "        || Arrays.asList(boxed).contains(code)",
            "        || Arrays.stream(wide).filter(c -> c == code).count() > 0",
            "        || names.containsKey((long) code)) {",
            "      handled.stream().filter(c -> c.equals(problem.getCode())).findFirst();",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void collectionsWrittenInPlace() {
    constants
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.Set;",
            "import java.util.stream.IntStream;",
            "class Client {",
            "  boolean handled(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    return Set.of(2135).contains(code)",
            "        // BUG: Diagnostic contains: 6599 is not a LUSID Identity error code",
            "        || IntStream.of(6599).anyMatch(c -> c == code)",
            "        // BUG: Diagnostic contains: USER_DOES_NOT_EXIST",
            "        || List.of(657).stream().anyMatch(c -> c.equals(code));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void elementsReadOutAreCodes() {
    constants
        .addSourceLines(
            "Retries.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Map;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE =",
            "      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN);",
            "  private static final Map<Integer, String> NAMES =",
            "      Map.of(IdentityErrorCodes.ACCESS_DENIED, \"denied\");",
            "  boolean retry(LusidProblemDetails problem) {",
            "    for (int c : RETRYABLE) {",
            "      if (c == problem.getCode()) {",
            "        return true;",
            "      }",
            "      // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "      if (c == 2135) {}",
            "    }",
            "    for (int c : NAMES.keySet()) {",
            "      // BUG: Diagnostic contains: use IdentityErrorCodes.ACCESS_DENIED instead of 186",
            "      if (c == 186 || NAMES.containsKey(problem.getCode())) {}",
            "    }",
            "    // BUG: Diagnostic contains: 7777 is not a LUSID Identity error code",
            "    return RETRYABLE.stream().anyMatch(c -> c == 7777);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void collectionsNeverQueriedWithACodeStayQuiet() {
    constants
        .addSourceLines(
            "Ports.java",
            "import java.util.HashSet;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Set;",
            "class Ports {",
            "  private static final Set<Integer> PORTS = Set.of(80, 443, 2135);",
            "  private final Map<Integer, String> sizes = Map.of(144, \"small\", 6588, \"big\");",
            "  private final int[] widths = {144, 151, 15};",
            "  private final Set<Integer> seen = new HashSet<>();",
            "  boolean open(int port, int status) {",
            "    seen.add(2135);",
            "    for (int w : widths) {",
            "      if (w == status) {}",
            "    }",
            "    return PORTS.contains(port) && sizes.containsKey(404) && List.of(695).contains(status)",
            "        && Set.of(\"a\", \"b\").contains(\"c\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aStatusQueriedInACollectionOfCodes() {
    CompilationTestHelper.newInstance(HttpStatusAsErrorCode.class, getClass())
        .addSourceLines(
            "Retries.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE =",
            "      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN);",
            "  boolean retry(LusidProblemDetails problem, ApiException e) {",
            "    // BUG: Diagnostic contains: e.getCode() is an HTTP status",
            "    return RETRYABLE.contains(problem.getCode()) || RETRYABLE.contains(e.getCode());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixesInCollectionLiterals() {
    BugCheckerRefactoringTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addInputLines(
            "Retries.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE = Set.of(657, 2135);",
            "  private static final int[] IGNORED = {695};",
            "  boolean retry(LusidProblemDetails problem) {",
            "    return RETRYABLE.contains(problem.getCode())",
            "        || java.util.Arrays.binarySearch(IGNORED, problem.getCode()) >= 0;",
            "  }",
            "}")
        .addOutputLines(
            "Retries.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE ="
                + " Set.of(657, IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN);",
            "  private static final int[] IGNORED = {IdentityErrorCodes.API_KEY_DISPLAY_NAME_ALREADY_IN_USE};",
            "  boolean retry(LusidProblemDetails problem) {",
            "    return RETRYABLE.contains(problem.getCode())",
            "        || java.util.Arrays.binarySearch(IGNORED, problem.getCode()) >= 0;",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void literalFixesInCollectionLiterals() {
    BugCheckerRefactoringTestHelper.newInstance(ErrorCodeLiteral.class, getClass())
        .addInputLines(
            "Messages.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Map;",
            "class Messages {",
            "  private static final Map<Integer, String> MESSAGES = Map.of(657, \"no such user\");",
            "  String of(@IdentityErrorCode int code) {",
            "    return MESSAGES.get(code);",
            "  }",
            "}")
        .addOutputLines(
            "Messages.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Map;",
            "class Messages {",
            "  private static final Map<Integer, String> MESSAGES ="
                + " Map.of(IdentityErrorCodes.USER_DOES_NOT_EXIST, \"no such user\");",
            "  String of(@IdentityErrorCode int code) {",
            "    return MESSAGES.get(code);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void positionsInAListOfCodesAreNotCodes() {
    constants
        .addSourceLines(
            "Recent.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "class Recent {",
            "  private final List<Integer> recent = new ArrayList<>();",
            "  void record(LusidProblemDetails problem) {",
            "    Integer code = problem.getCode();",
            "    recent.add(0, code);",
            "    recent.set(1, code);",
            "    recent.addAll(0, List.of(code));",
            "    if (recent.size() > 100) {",
            "      recent.remove(100);",
            "    }",
            "    if (recent.get(0).equals(problem.getCode()) || recent.contains(problem.getCode())) {",
            "      recent.subList(0, 2).clear();",
            "      recent.listIterator(1);",
            "    }",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    recent.add(2, 695);",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    recent.set(3, 6577);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    recent.remove(Integer.valueOf(2135));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void arrayWrittenInPlaceAndSearched() {
    constants
        .addSourceLines(
            "Client.java",
            "import static java.util.Arrays.binarySearch;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.Arrays;",
            "class Client {",
            "  boolean handled(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    return Arrays.binarySearch(new int[] {657, 695}, code) >= 0",
            "        // BUG: Diagnostic contains: 6599 is not a LUSID Identity error code",
            "        || binarySearch(new int[] {6599}, code) >= 0",
            "        || Arrays.binarySearch(new int[] {80, 443}, 8080) >= 0;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * What a call passes on from what it is given, read from its signature: a stream sorted and made
   * an array, a set wrapped unmodifiable, a list's sub-list. A call that makes other elements (a
   * {@code map}, a range) passes nothing on.
   */
  @Test
  void elementsPassedOnByCallsTheirSignaturesTell() {
    constants
        .addSourceLines(
            "Ignored.java",
            "import static dev.identityerrors.IdentityErrorCodes.ACCESS_DENIED;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Arrays;",
            "import java.util.Collections;",
            "import java.util.HashSet;",
            "import java.util.List;",
            "import java.util.Set;",
            "import java.util.stream.IntStream;",
            "class Ignored {",
            "  private static final int[] IGNORED =",
            "      // BUG: Diagnostic contains: 993 is not a LUSID Identity error code",
            "      IntStream.of(ACCESS_DENIED, 993).sorted().distinct().toArray();",
            "  private static final Set<Integer> FINAL =",
            "      Collections.unmodifiableSet(",
            "          // BUG: Diagnostic contains: 770 is not a LUSID Identity error code",
            "          new HashSet<>(Arrays.asList(ACCESS_DENIED, 770)));",
            "  private static final List<Integer> FIRST =",
            "      // BUG: Diagnostic contains: 6588 is not a LUSID Identity error code",
            "      List.of(ACCESS_DENIED, 6588).subList(0, 1);",
            "  private static final int[] COPIED =",
            "      // BUG: Diagnostic contains: 6599 is not a LUSID Identity error code",
            "      Arrays.copyOf(new int[] {ACCESS_DENIED, 6599}, 3);",
            "  private static final int[] SHIFTED = IntStream.of(656, 694).map(c -> c + 1).toArray();",
            "  private static final int[] RANGE = IntStream.range(600, 700).toArray();",
            "  boolean ignored(LusidProblemDetails problem) {",
            "    int code = problem.getCode();",
            "    return Arrays.binarySearch(IGNORED, 0, IGNORED.length, code) >= 0",
            "        || FINAL.contains(code)",
            "        || FIRST.contains(code)",
            "        || Arrays.binarySearch(COPIED, code) >= 0",
            "        || Arrays.binarySearch(SHIFTED, code) >= 0",
            "        || Arrays.binarySearch(RANGE, code) >= 0;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void arrayFilledElementByElement() {
    constants
        .addSourceLines(
            "Retries.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Arrays;",
            "class Retries {",
            "  private final int[] retryable = new int[2];",
            "  private final int[] attempts = new int[2];",
            "  Retries() {",
            "    // BUG: Diagnostic contains: use IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN",
            "    retryable[0] = 2153;",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    retryable[1] = 2135;",
            "    attempts[0] = 2135;",
            "  }",
            "  boolean retry(LusidProblemDetails problem) {",
            "    for (int code : retryable) {",
            "      if (code == problem.getCode()) {",
            "        return true;",
            "      }",
            "    }",
            "    return attempts[0] > 3;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void noFixThatWouldPutACodeTwiceInOneCollection() {
    BugCheckerRefactoringTestHelper.newInstance(UnknownErrorCode.class, getClass())
        .addInputLines(
            "Retries.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Map;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE =",
            "      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN, 2135);",
            "  private static final Set<Integer> TWO_TYPOS = Set.of(2135, 2135);",
            "  private static final Map<Integer, String> NAMES = Map.of(2153, \"a\", 2135, \"b\");",
            "  private static final Set<Integer> FIXED = Set.of(657, 2135);",
            "  boolean retry(@IdentityErrorCode int code) {",
            "    return RETRYABLE.contains(code) || TWO_TYPOS.contains(code)",
            "        || NAMES.containsKey(code) || FIXED.contains(code);",
            "  }",
            "}")
        .addOutputLines(
            "Retries.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.Map;",
            "import java.util.Set;",
            "class Retries {",
            "  private static final Set<Integer> RETRYABLE =",
            "      Set.of(IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN, 2135);",
            "  private static final Set<Integer> TWO_TYPOS = Set.of(2135, 2135);",
            "  private static final Map<Integer, String> NAMES = Map.of(2153, \"a\", 2135, \"b\");",
            "  private static final Set<Integer> FIXED ="
                + " Set.of(657, IdentityErrorCodes.INVALID_AUTHENTICATION_TOKEN);",
            "  boolean retry(@IdentityErrorCode int code) {",
            "    return RETRYABLE.contains(code) || TWO_TYPOS.contains(code)",
            "        || NAMES.containsKey(code) || FIXED.contains(code);",
            "  }",
            "}")
        .doTest(BugCheckerRefactoringTestHelper.TestMode.TEXT_MATCH);
  }

  @Test
  void elementsHandedToACodeMakeACollectionOfCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.Map;",
            "class Client {",
            "  void retry(@IdentityErrorCode int code, String why) {}",
            "  void retryAll(@IdentityErrorCode int... codes) {}",
            "  record Rule(@IdentityErrorCode int code) {}",
            "  @IdentityErrorCode int last;",
            "  void run() {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    Map<Integer, String> byEntry = Map.of(657, \"missing\", 695, \"typo\");",
            "    for (Map.Entry<Integer, String> e : byEntry.entrySet()) {",
            "      retry(e.getKey(), e.getValue());",
            "    }",
            "    // BUG: Diagnostic contains: 696 is not a LUSID Identity error code",
            "    Map<Integer, String> byPair = Map.of(657, \"missing\", 696, \"typo\");",
            "    byPair.forEach((code, why) -> retry(code, why));",
            "    // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "    Map<Integer, String> byReference = Map.of(657, \"missing\", 697, \"typo\");",
            "    byReference.forEach(this::retry);",
            "    // BUG: Diagnostic contains: 698 is not a LUSID Identity error code",
            "    List<Integer> inLoop = List.of(657, 698);",
            "    for (int c : inLoop) {",
            "      retryAll(c);",
            "    }",
            "    // BUG: Diagnostic contains: 699 is not a LUSID Identity error code",
            "    int[] inArray = {657, 699};",
            "    for (int c : inArray) {",
            "      new Rule(c);",
            "    }",
            "    // BUG: Diagnostic contains: 700 is not a LUSID Identity error code",
            "    List<Integer> assigned = List.of(657, 700);",
            "    assigned.forEach(c -> last = c);",
            "    // BUG: Diagnostic contains: 701 is not a LUSID Identity error code",
            "    List<Integer> byListReference = List.of(657, 701);",
            "    byListReference.forEach(this::remember);",
            "  }",
            "  void remember(@IdentityErrorCode int code) {}",
            "}")
        .doTest();
  }

  @Test
  void elementsHandedToAnythingElseStayQuiet() {
    unknown
        .addSourceLines(
            "Client.java",
            "import java.util.List;",
            "import java.util.Map;",
            "class Client {",
            "  void open(int port, String name) {}",
            "  void run() {",
            "    Map<Integer, String> ports = Map.of(80, \"http\", 443, \"https\");",
            "    for (Map.Entry<Integer, String> e : ports.entrySet()) {",
            "      open(e.getKey(), e.getValue());",
            "    }",
            "    ports.forEach(this::open);",
            "    for (int p : List.of(8080, 8443)) {",
            "      open(p, \"\");",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void elementsComparedAsComparisonsAreDefined() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Objects;",
            "class Client {",
            "  void check(@IdentityErrorCode int code) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    List<Integer> byObjectsEquals = List.of(657, 695);",
            "    for (Integer c : byObjectsEquals) {",
            "      if (Objects.equals(c, code)) {}",
            "    }",
            "    // BUG: Diagnostic contains: 696 is not a LUSID Identity error code",
            "    List<Integer> byCompare = List.of(657, 696);",
            "    byCompare.forEach(c -> { if (Integer.compare(code, c) == 0) {} });",
            "    // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "    Map<Integer, String> byEntry = Map.of(657, \"missing\", 697, \"typo\");",
            "    for (Map.Entry<Integer, String> e : byEntry.entrySet()) {",
            "      if (e.getKey() == code) {}",
            "    }",
            "    // BUG: Diagnostic contains: 698 is not a LUSID Identity error code",
            "    Map<Integer, String> byPair = Map.of(657, \"missing\", 698, \"typo\");",
            "    byPair.forEach((k, v) -> { if (k.equals(code)) {} });",
            "    // BUG: Diagnostic contains: 699 is not a LUSID Identity error code",
            "    int[] boxed = {657, 699};",
            "    for (int c : boxed) {",
            "      if (Integer.valueOf(c).equals(code)) {}",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void aCollectionAlsoQueriedWithAnotherServicesCodeStaysQuiet() {
    unknown
        .addSourceLines(
            "com/finbourne/lusid/model/LusidProblemDetails.java",
            "package com.finbourne.lusid.model;",
            "public class LusidProblemDetails {",
            "  public Integer getCode() { return null; }",
            "  public Integer getStatus() { return null; }",
            "}")
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.List;",
            "import java.util.Set;",
            "class Client {",
            "  private static final Set<Integer> RETRYABLE = Set.of(657, 695);",
            "  private static final List<Integer> SEEN = List.of(657, 696);",
            "  boolean retry(LusidProblemDetails identity,",
            "      com.finbourne.lusid.model.LusidProblemDetails lusid) {",
            "    for (int c : SEEN) {",
            "      if (c == identity.getCode() || c == lusid.getCode()) {",
            "        return true;",
            "      }",
            "    }",
            "    return RETRYABLE.contains(identity.getCode()) || RETRYABLE.contains(lusid.getCode());",
            "  }",
            "  // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "  private static final Set<Integer> IDENTITY_ONLY = Set.of(657, 697);",
            "  boolean identityOnly(LusidProblemDetails identity) {",
            "    return IDENTITY_ONLY.contains(identity.getCode());",
            "  }",
            "}")
        .doTest();
  }
}
