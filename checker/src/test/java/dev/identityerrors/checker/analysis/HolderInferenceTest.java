package dev.identityerrors.checker.analysis;

import com.google.errorprone.CompilationTestHelper;
import dev.identityerrors.checker.UnknownErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Holders of codes: streams of codes are followed as optionals of codes are, and a local that holds
 * an optional or a stream of codes is one too. Their lambdas' parameters, and what they give back,
 * are codes.
 */
class HolderInferenceTest {
  private final CompilationTestHelper unknown =
      CompilationTestHelper.newInstance(UnknownErrorCode.class, getClass());

  @Test
  void streamsOfCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.stream.IntStream;",
            "import java.util.stream.Stream;",
            "class Client {",
            "  record Failure(@IdentityErrorCode int code) {}",
            "  private static int codeOf(LusidProblemDetails p) { return p.getCode(); }",
            "  void handle(List<LusidProblemDetails> problems, List<Failure> failures,",
            "      LusidProblemDetails one) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    problems.stream().map(LusidProblemDetails::getCode).filter(c -> c == 695).count();",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    failures.stream().mapToInt(Failure::code).anyMatch(c -> c == 6577);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    Stream.of(one.getCode()).sorted().forEach(c -> { if (c == 2135) {} });",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    problems.stream().map(Client::codeOf).distinct().noneMatch(c -> c.equals(15));",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    if (problems.stream().map(p -> p.getCode()).findFirst().get() == 7) {}",
            "    problems.stream().map(p -> p.getCode() + 1).filter(c -> c == 695).count();",
            "    IntStream.range(0, 10).filter(i -> i == 695).count();",
            "    Stream.of(one.getCode(), 80).filter(c -> c == 695).count();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void holdersKeptInLocals() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.Optional;",
            "import java.util.OptionalInt;",
            "import java.util.stream.IntStream;",
            "class Client {",
            "  void handle(LusidProblemDetails p, boolean b) {",
            "    Optional<Integer> code = Optional.ofNullable(p.getCode());",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (code.get() == 695) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    code.map(c -> c == 6577);",
            "    Optional<Integer> again = code.filter(c -> c > 0);",
            "    if (b) {",
            "      again = Optional.empty();",
            "    }",
            "    again = again.filter(c -> c < 9999);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    again.ifPresent(c -> { if (c == 2135) {} });",
            "    IntStream codes = IntStream.of(p.getCode());",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    codes.anyMatch(c -> c == 15);",
            "    Optional<Integer> port = Optional.of(8080);",
            "    if (port.get() == 695) {}",
            "    OptionalInt mixed = b ? OptionalInt.of(p.getCode()) : OptionalInt.of(8080);",
            "    if (mixed.getAsInt() == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A generic holder, the JDK's or the user's, holds codes in a slot when everything put in it is a
   * code: what its signature returns as that slot's type variable is then a code.
   */
  @Test
  void genericHoldersFilledWithCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import dev.identityerrors.IdentityErrorCodes;",
            "import java.util.*;",
            "import java.util.function.Supplier;",
            "class Client {",
            "  enum Op { CREATE, DELETE }",
            "  static final class Box<T> {",
            "    private final T value;",
            "    Box(T value) { this.value = value; }",
            "    T get() { return value; }",
            "  }",
            "  record Result<T>(T value, String message) {}",
            "  void handle(LusidProblemDetails d, List<LusidProblemDetails> problems) {",
            "    TreeSet<Integer> retry = new TreeSet<>();",
            "    retry.add(d.getCode());",
            "    retry.add(IdentityErrorCodes.UNKNOWN_ERROR);",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (retry.first() == 695) {}",
            "    Map<Op, Integer> byOp = new EnumMap<>(Op.class);",
            "    byOp.put(Op.CREATE, d.getCode());",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (byOp.get(Op.CREATE) == 6577) {}",
            "    Box<Integer> box = new Box<>(d.getCode());",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    if (box.get() == 2135) {}",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    if (new Result<>(d.getCode(), \"m\").value() == 15) {}",
            "    Deque<Integer> seen = new ArrayDeque<>();",
            "    for (LusidProblemDetails p : problems) {",
            "      seen.push(p.getCode());",
            "    }",
            "    Iterator<Integer> it = seen.iterator();",
            "    // BUG: Diagnostic contains: 659 (API_KEY_DISPLAY_NAME_ALREADY_IN_USE)",
            "    if (it.next() == 695) {}",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    if (Collections.max(seen) == 7) {}",
            "    Supplier<Integer> later = () -> d.getCode();",
            "    // BUG: Diagnostic contains: 8 is not a LUSID Identity error code",
            "    if (later.get() == 8) {}",
            "  }",
            "}")
        .doTest();
  }

  /** A future made from codes, and the callbacks handed what it holds. */
  @Test
  void futuresAndCallbacks() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "class Client {",
            "  void handle(LusidProblemDetails d, List<LusidProblemDetails> problems) throws Exception {",
            "    CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> d.getCode());",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (code.get() == 695) {}",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (code.join() == 6577) {}",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    code.thenAccept(c -> { if (c == 2135) {} });",
            "    List<Integer> codes = new ArrayList<>();",
            "    for (LusidProblemDetails p : problems) {",
            "      codes.add(p.getCode());",
            "    }",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    codes.removeIf(c -> c == 15);",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    codes.forEach(c -> { if (c.equals(7)) {} });",
            "    CompletableFuture<Integer> plusOne = code.thenApply(c -> c + 1);",
            "    if (plusOne.get() == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  /**
   * Conservative as everywhere: one value of another kind put in, an escape (passed, returned), or
   * a filler whose values are unknown (a merge function, a write through a view) and the holder
   * holds no codes.
   */
  @Test
  void holdersOfOtherValuesOrThatEscapeAreNot() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.ApiException;",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.function.Supplier;",
            "class Client {",
            "  enum Op { CREATE, DELETE }",
            "  static final class Box<T> {",
            "    private T value;",
            "    Box(T value) { this.value = value; }",
            "    T get() { return value; }",
            "    void set(T value) { this.value = value; }",
            "  }",
            "  static void sink(Collection<Integer> codes) {}",
            "  void handle(LusidProblemDetails d, ApiException e, int other, boolean b) {",
            "    TreeSet<Integer> mixed = new TreeSet<>();",
            "    mixed.add(d.getCode());",
            "    mixed.add(8080);",
            "    if (mixed.first() == 695) {}",
            "    List<Integer> passed = new ArrayList<>();",
            "    passed.add(d.getCode());",
            "    sink(passed);",
            "    if (passed.get(0) == 695) {}",
            "    Box<Integer> status = new Box<>(e.getCode());",
            "    if (status.get() == 695) {}",
            "    Box<Integer> reset = new Box<>(d.getCode());",
            "    reset.set(other);",
            "    if (reset.get() == 695) {}",
            "    Map<Op, Integer> merged = new EnumMap<>(Op.class);",
            "    merged.put(Op.CREATE, d.getCode());",
            "    merged.merge(Op.CREATE, 1, Integer::sum);",
            "    if (merged.get(Op.CREATE) == 695) {}",
            "    List<Integer> written = new ArrayList<>();",
            "    written.add(d.getCode());",
            "    ListIterator<Integer> it = written.listIterator();",
            "    it.set(other);",
            "    if (written.get(0) == 695) {}",
            "    Supplier<Integer> either = b ? () -> d.getCode() : () -> 8080;",
            "    if (either.get() == 695) {}",
            "    Set<Integer> ports = new TreeSet<>(List.of(80, 443));",
            "    if (ports.iterator().next() == 695) {}",
            "  }",
            "  List<Integer> returned(LusidProblemDetails d) {",
            "    List<Integer> codes = new ArrayList<>();",
            "    codes.add(d.getCode());",
            "    if (codes.get(0) == 695) {}",
            "    return codes;",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A holder of one int or long without a type argument (AtomicInteger, AtomicLong), read by one
   * declarative table: what goes in by set, getAndSet, compareAndSet's new value or the
   * constructor; a method the table does not know (incrementAndGet) stops it. The no-argument
   * constructor's 0 is no value chosen, as an empty list's nothing is not.
   */
  @Test
  void atomicsFilledWithCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.concurrent.atomic.AtomicInteger;",
            "import java.util.concurrent.atomic.AtomicLong;",
            "class Client {",
            "  private final AtomicInteger last = new AtomicInteger();",
            "  void record(LusidProblemDetails d) {",
            "    last.set(d.getCode());",
            "  }",
            "  void handle(LusidProblemDetails d, int other) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (last.get() == 695) {}",
            "    AtomicLong seen = new AtomicLong(d.getCode());",
            "    seen.compareAndSet(seen.get(), d.getCode());",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (seen.getAndSet(d.getCode()) == 6577) {}",
            "    AtomicInteger counted = new AtomicInteger(d.getCode());",
            "    counted.incrementAndGet();",
            "    if (counted.get() == 695) {}",
            "    AtomicInteger mixed = new AtomicInteger(d.getCode());",
            "    mixed.set(other);",
            "    if (mixed.get() == 695) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void collectedIntoAMapKeyedByCodes() {
    unknown
        .addSourceLines(
            "Client.java",
            "import dev.identityerrors.IdentityErrorCode;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.function.Function;",
            "import java.util.stream.Collectors;",
            "class Client {",
            "  record Rejected(@IdentityErrorCode int code, String who) {}",
            "  long counted(List<Rejected> rejected) {",
            "    Map<Integer, Long> byCode =",
            "        rejected.stream().collect(Collectors.groupingBy(Rejected::code, Collectors.counting()));",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    return byCode.getOrDefault(695, 0L);",
            "  }",
            "  boolean grouped(List<Rejected> rejected) {",
            "    Map<Integer, List<Rejected>> byCode =",
            "        rejected.stream().collect(Collectors.groupingBy(r -> r.code()));",
            "    // BUG: Diagnostic contains: 696 is not a LUSID Identity error code",
            "    return byCode.containsKey(696);",
            "  }",
            "  boolean mapped(List<Rejected> rejected) {",
            "    Map<Integer, String> byCode =",
            "        rejected.stream().collect(Collectors.toMap(Rejected::code, Rejected::who));",
            "    // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "    return byCode.containsKey(697);",
            "  }",
            "  boolean byLength(List<Rejected> rejected) {",
            "    Map<Integer, Long> byLength =",
            "        rejected.stream().collect(Collectors.groupingBy(r -> r.who().length(),",
            "            Collectors.counting()));",
            "    return byLength.containsKey(698);",
            "  }",
            "  boolean byIdentity(List<Integer> sizes) {",
            "    Map<Integer, Long> bySize =",
            "        sizes.stream().collect(Collectors.groupingBy(Function.identity(),",
            "            Collectors.counting()));",
            "    return bySize.containsKey(699);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void functionsGivingAnIntHoldWhatTheyReturn() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.List;",
            "import java.util.function.IntSupplier;",
            "import java.util.function.IntUnaryOperator;",
            "import java.util.function.LongSupplier;",
            "import java.util.function.ToIntFunction;",
            "class Client {",
            "  void check(LusidProblemDetails p, List<LusidProblemDetails> problems) {",
            "    IntSupplier latest = () -> p.getCode();",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (latest.getAsInt() == 695) {}",
            "    ToIntFunction<LusidProblemDetails> codeOf = LusidProblemDetails::getCode;",
            "    // BUG: Diagnostic contains: 696 is not a LUSID Identity error code",
            "    if (codeOf.applyAsInt(p) == 696) {}",
            "    IntUnaryOperator at = i -> problems.get(i).getCode();",
            "    // BUG: Diagnostic contains: 697 is not a LUSID Identity error code",
            "    if (at.applyAsInt(0) == 697) {}",
            "    LongSupplier wide = () -> p.getCode();",
            "    // BUG: Diagnostic contains: 698 is not a LUSID Identity error code",
            "    if (wide.getAsLong() == 698) {}",
            "  }",
            "  void quiet(LusidProblemDetails p, List<LusidProblemDetails> problems) {",
            "    IntSupplier size = () -> problems.size();",
            "    if (size.getAsInt() == 695) {}",
            "    IntSupplier mixed = () -> p.getCode();",
            "    mixed = () -> 404;",
            "    if (mixed.getAsInt() == 695) {}",
            "    IntSupplier composed = latestOf(p);",
            "    if (composed.getAsInt() == 695) {}",
            "    IntUnaryOperator then = ((IntUnaryOperator) i -> p.getCode()).andThen(i -> i + 1);",
            "    if (then.applyAsInt(0) == 695) {}",
            "  }",
            "  IntSupplier latestOf(LusidProblemDetails p) {",
            "    return () -> p.getStatus();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void collectorLambdasAreHandedTheStreamsElements() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.stream.Collectors;",
            "class Client {",
            "  Map<Boolean, List<Integer>> split(List<LusidProblemDetails> problems) {",
            "    return problems.stream().map(LusidProblemDetails::getCode)",
            "        // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "        .collect(Collectors.partitioningBy(c -> c == 695));",
            "  }",
            "  Map<Integer, Long> grouped(List<LusidProblemDetails> problems) {",
            "    return problems.stream().map(LusidProblemDetails::getCode)",
            "        // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "        .collect(Collectors.groupingBy(c -> c == 2135 ? 1 : 2,",
            "            Collectors.counting()));",
            "  }",
            "  Map<Boolean, Map<Boolean, List<Integer>>> nested(List<LusidProblemDetails> problems) {",
            "    return problems.stream().map(LusidProblemDetails::getCode)",
            "        .collect(Collectors.groupingBy(c -> c > 0,",
            "            // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "            Collectors.partitioningBy(c -> c == 6577)));",
            "  }",
            "  Map<Boolean, List<Integer>> ports(List<Integer> ports) {",
            "    return ports.stream().collect(Collectors.partitioningBy(c -> c == 8080));",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void functionsHeldInVariablesAreHandedWhatTheirCallsPass() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.function.IntConsumer;",
            "import java.util.function.IntPredicate;",
            "import java.util.function.Predicate;",
            "class Client {",
            "  interface Judge { boolean judge(int code); }",
            "  // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "  private final Predicate<Integer> fatal = c -> c == 6577;",
            "  boolean local(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    IntPredicate retry = c -> c == 695;",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    IntConsumer log = c -> { if (c == 2135) {} };",
            "    log.accept(p.getCode());",
            "    return retry.test(p.getCode()) || fatal.test(p.getCode());",
            "  }",
            "  boolean handed(LusidProblemDetails p) {",
            "    // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "    return check(p.getCode(), c -> c == 7);",
            "  }",
            "  private static boolean check(int code, Judge judge) {",
            "    return judge.judge(code);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void functionsCalledWithOtherValuesOrThatEscapeAreNot() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.function.IntPredicate;",
            "class Client {",
            "  IntPredicate escapes(LusidProblemDetails p) {",
            "    IntPredicate retry = c -> c == 695;",
            "    retry.test(p.getCode());",
            "    return retry;",
            "  }",
            "  boolean mixed(LusidProblemDetails p, int port) {",
            "    IntPredicate retry = c -> c == 695;",
            "    return retry.test(p.getCode()) || retry.test(port);",
            "  }",
            "  boolean negated(LusidProblemDetails p) {",
            "    IntPredicate retry = c -> c == 695;",
            "    return retry.negate().test(p.getCode());",
            "  }",
            "  public boolean visible(int code, IntPredicate test) {",
            "    return test.test(code);",
            "  }",
            "  boolean handedToAPublicMethod(LusidProblemDetails p) {",
            "    return visible(p.getCode(), c -> c == 695);",
            "  }",
            "  IntPredicate visibleField = c -> c == 695;",
            "  boolean viaAVisibleField(LusidProblemDetails p) {",
            "    return visibleField.test(p.getCode());",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void arraysHoldWhatIsPutInThem() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "class Client {",
            "  static void sink(int[] codes) {}",
            "  void held(LusidProblemDetails p, LusidProblemDetails q) {",
            "    int[] written = {p.getCode(), q.getCode()};",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    if (written[0] == 695) {}",
            "    Integer[] boxed = new Integer[] {p.getCode()};",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    if (boxed[0] == 2135) {}",
            "    int[] filled = new int[2];",
            "    filled[0] = p.getCode();",
            "    filled[1] = q.getCode();",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    if (filled[filled.length - 1] == 6577) {}",
            "  }",
            "  void notHeld(LusidProblemDetails p, int port) {",
            "    int[] mixed = {p.getCode(), port};",
            "    if (mixed[0] == 695) {}",
            "    int[] passed = {p.getCode()};",
            "    sink(passed);",
            "    if (passed[0] == 695) {}",
            "    int[] changed = {p.getCode()};",
            "    changed[0] += 1;",
            "    if (changed[0] == 695) {}",
            "    int[] typo = {p.getCode(), 695};",
            "    if (typo[0] == 2135) {}",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void viewChainsOfAnyLengthAreFollowed() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.ArrayList;",
            "import java.util.List;",
            "class Client {",
            "  boolean judge(LusidProblemDetails p, int port) {",
            "    List<Integer> held = new ArrayList<>();",
            "    held.add(p.getCode());",
            "    boolean any =",
            "        held.stream().sorted().distinct().limit(3).skip(0).sorted().distinct()",
            "            // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "            .anyMatch(c -> c == 695);",
            "    List<Integer> ports = new ArrayList<>();",
            "    ports.add(port);",
            "    ports.stream().sorted().distinct().limit(3).skip(0).sorted().distinct()",
            "        .anyMatch(c -> c == 695);",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    return any || held.get(0) == 2135;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void holdersOfHoldersAreFollowedDownTheirTypeArguments() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "import java.util.Iterator;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.TreeMap;",
            "class Client {",
            "  private final TreeMap<String, Integer> last = new TreeMap<>();",
            "  private final Map<String, List<Integer>> byUser = new HashMap<>();",
            "  private final List<Map.Entry<String, Integer>> pairs = new ArrayList<>();",
            "  void record(String login, LusidProblemDetails p) {",
            "    last.put(login, p.getCode());",
            "    byUser.computeIfAbsent(login, k -> new ArrayList<>()).add(p.getCode());",
            "    pairs.add(Map.entry(login, p.getCode()));",
            "  }",
            "  boolean judge(String login) {",
            "    // BUG: Diagnostic contains: 695 is not a LUSID Identity error code",
            "    boolean first = last.firstEntry().getValue() == 695;",
            "    Iterator<Map.Entry<String, Integer>> it = last.entrySet().iterator();",
            "    // BUG: Diagnostic contains: 2135 is not a LUSID Identity error code",
            "    boolean next = it.next().getValue() == 2135;",
            "    // BUG: Diagnostic contains: 6577 is not a LUSID Identity error code",
            "    boolean any = last.entrySet().stream().anyMatch(e -> e.getValue() == 6577);",
            "    // BUG: Diagnostic contains: 15 is not a LUSID Identity error code",
            "    boolean listed = byUser.get(login).get(0) == 15;",
            "    for (List<Integer> codes : byUser.values()) {",
            "      // BUG: Diagnostic contains: 7 is not a LUSID Identity error code",
            "      listed |= codes.contains(7);",
            "    }",
            "    for (Map.Entry<String, Integer> pair : pairs) {",
            "      // BUG: Diagnostic contains: 6590 is not a LUSID Identity error code",
            "      listed |= pair.getValue() == 6590;",
            "    }",
            "    return first || next || any || listed;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void holdersOfHoldersFilledThroughTheirElementsOrThatEscapeAreNot() {
    unknown
        .addSourceLines(
            "Client.java",
            "import com.finbourne.identity.model.LusidProblemDetails;",
            "import java.util.ArrayList;",
            "import java.util.HashMap;",
            "import java.util.Iterator;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Set;",
            "import java.util.TreeMap;",
            "class Client {",
            "  private final TreeMap<String, Integer> looped = new TreeMap<>();",
            "  private final TreeMap<String, Integer> handed = new TreeMap<>();",
            "  private final TreeMap<String, Integer> iterated = new TreeMap<>();",
            "  private final TreeMap<String, Integer> passed = new TreeMap<>();",
            "  private final TreeMap<String, Integer> copied = new TreeMap<>();",
            "  private final Map<String, List<Integer>> byUser = new HashMap<>();",
            "  static void sink(Set<Map.Entry<String, Integer>> entries) {}",
            "  void record(String login, LusidProblemDetails p) {",
            "    looped.put(login, p.getCode());",
            "    handed.put(login, p.getCode());",
            "    iterated.put(login, p.getCode());",
            "    passed.put(login, p.getCode());",
            "    copied.put(login, p.getCode());",
            "    byUser.computeIfAbsent(login, k -> new ArrayList<>()).add(p.getCode());",
            "    for (Map.Entry<String, Integer> e : looped.entrySet()) {",
            "      e.setValue(404);",
            "    }",
            "    handed.entrySet().forEach(e -> e.setValue(404));",
            "    Iterator<Map.Entry<String, Integer>> it = iterated.entrySet().iterator();",
            "    it.next().setValue(404);",
            "    sink(passed.entrySet());",
            "    List<Map.Entry<String, Integer>> copy = new ArrayList<>(copied.entrySet());",
            "    copy.get(0).setValue(404);",
            "    byUser.get(login).add(404);",
            "  }",
            "  boolean judge(String login) {",
            "    return looped.firstEntry().getValue() == 695",
            "        || handed.firstEntry().getValue() == 695",
            "        || iterated.firstEntry().getValue() == 695",
            "        || passed.firstEntry().getValue() == 695",
            "        || copied.firstEntry().getValue() == 695",
            "        || byUser.get(login).get(0) == 695;",
            "  }",
            "}")
        .doTest();
  }
}
