package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.util.Context;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.config.CheckerOptions;
import dev.identityerrors.checker.sdk.LibraryModel;
import dev.identityerrors.checker.sdk.LusidSdk;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What one compilation knows about Identity error codes and HTTP statuses: which expressions and
 * declarations hold them, declared or inferred, and where values flow in each compilation unit. One
 * instance per compilation, kept in javac's {@link Context} (as NullAway keeps its analyses),
 * shared by every check: a tree is analysed once whichever checks are on, nothing outlives the
 * compilation, and compilations running at once in one JVM never see each other's state.
 */
public final class CodeFacts {
  private static final Context.Key<CodeFacts> KEY = new Context.Key<>();

  private final Optional<Catalogue> catalogue;
  private final KindInference codes;
  private final KindInference statuses;
  private final IdentityHashMap<Predicate<ExpressionTree>, CodeContexts> codeContexts =
      new IdentityHashMap<>();
  private final IdentityHashMap<Predicate<ExpressionTree>, CodeContexts> statusContexts =
      new IdentityHashMap<>();
  private final IdentityHashMap<Predicate<ExpressionTree>, Predicate<ExpressionTree>> ofCodeType =
      new IdentityHashMap<>();
  private final KnownNames names;
  private final SourcesInSight sourcesInSight;

  private CodeFacts(VisitorState state, CheckerOptions options) {
    this.names = KnownNames.instance(state);
    this.catalogue = Catalogue.of(state);
    LibraryModel libraries =
        LibraryModel.withUserSources(options.codeSources(), options.httpStatusSources());
    CodeSources codeSources =
        CodeSources.of(libraries.codeSources(), libraries.codeTakers(), state);
    CodeSources statusSources =
        CodeSources.of(
            libraries.statusSources(),
            libraries.statusTakers(),
            libraries::holdsStatusInAnyService,
            state);
    this.sourcesInSight =
        SourcesInSight.of(
            state.context,
            names,
            ImmutableSet.<String>builder()
                .addAll(codeSources.owners())
                .addAll(statusSources.owners())
                .build());
    this.codes =
        KindInference.errorCodes(
            codeSources,
            code -> catalogue.flatMap(c -> c.lookup(code)).isPresent(),
            symbol ->
                symbol != null && catalogue.map(c -> c.isCatalogueConstant(symbol)).orElse(false),
            method ->
                libraries.holdsOtherServicesCode(
                    method.owner.getQualifiedName().toString(), method.getSimpleName().toString()),
            state);
    this.statuses = KindInference.heldBy(statusSources, LusidSdk::isHttpStatus, codes, state);
  }

  /**
   * The facts of the compilation the state belongs to, made on first use. Options are the same for
   * every check of one compilation (Error Prone's flags are per compilation).
   */
  public static CodeFacts instance(VisitorState state, CheckerOptions options) {
    CodeFacts facts = state.context.get(KEY);
    if (facts == null) {
      facts = new CodeFacts(state, options);
      state.context.put(KEY, facts);
    }
    return facts;
  }

  /**
   * The compilation's facts if they are made, else null: the checks ask this for every tree they
   * match, and read the options only when the facts are first made.
   */
  public static @Nullable CodeFacts made(VisitorState state) {
    return state.context.get(KEY);
  }

  /**
   * Whether anything judged in this unit can hold a code or a status: no, unless the compilation
   * has met a class of the SDK (or of the options) that gives or takes one, or a use of the code
   * annotation ({@link SourcesInSight}). The first test of every check, before any tree is looked
   * at.
   */
  public boolean anySourceInSight(VisitorState state) {
    return sourcesInSight.anyMet(state.getPath().getCompilationUnit());
  }

  /**
   * Whether an expression met where a status is writes a catalogue code: one of the catalogue's
   * constants, or a number that is a catalogue code and cannot read as an HTTP status ({@code
   * e.getCode() == 657} took a status for a code; {@code e.getCode() == 404} did not). The one
   * answer of the checks.
   */
  public boolean writesCatalogueCode(ExpressionTree expression) {
    return codes.writesConstantOfKind(expression, LusidSdk::readsAsHttpStatus);
  }

  /** Whether a declaration of this type can hold a code: an int, long, Integer or Long. */
  public boolean mayHoldCode(Type type) {
    return names.mayHoldCode(type);
  }

  /** The catalogue if it has codes to judge against; else the checks rest. */
  public Optional<Catalogue> usableCatalogue() {
    return catalogue.filter(c -> !c.entries().isEmpty());
  }

  /** Expressions holding an Identity error code. */
  public KindInference codes() {
    return codes;
  }

  /** Expressions holding an HTTP status. */
  public KindInference statuses() {
    return statuses;
  }

  /**
   * The cheap test narrowed to values of a type that can hold a code or a status (an int, long,
   * Integer or Long), one instance per test for the whole compilation (it keys the slots: {@link
   * #codeContexts}). Nothing of another type holds one: the annotation belongs on these types only
   * (elsewhere it is an ErrorCodeAnnotationMisuse), declarations are inferred only with them, and
   * the SDK's codes and statuses are of them (a member of another type named in the options is not
   * judged where this test is used). For tests that pass any call or variable read, of which most
   * are strings and objects.
   */
  public Predicate<ExpressionTree> ofCodeType(Predicate<ExpressionTree> worthJudging) {
    return madeFor(ofCodeType, worthJudging, (facts, test) -> test.and(facts::isOfCodeType));
  }

  /** The type javac gave the expression, read from the tree (this runs for most operands). */
  private boolean isOfCodeType(ExpressionTree expression) {
    return Trees.stripParensAndCasts(expression) instanceof JCExpression value
        && names.mayHoldCode(value.type);
  }

  /** The slots for a code, with the given cheap test of what is worth judging there. */
  public CodeContexts codeContexts(Predicate<ExpressionTree> worthJudging) {
    return madeFor(
        codeContexts,
        worthJudging,
        (facts, test) -> new CodeContexts(facts.codes, test, facts.names));
  }

  /** The slots for an HTTP status, with the given cheap test of what is worth judging there. */
  public CodeContexts statusContexts(Predicate<ExpressionTree> worthJudging) {
    return madeFor(
        statusContexts,
        worthJudging,
        (facts, test) -> new CodeContexts(facts.statuses, test, facts.names));
  }

  /**
   * The most cheap tests one compilation may key slots by: the checks declare theirs as constants
   * (a handful). A test made per call would make slots per matched tree and keep them all for the
   * compilation; past this bound that mistake fails at once, in every check's tests.
   */
  static final int MOST_CHEAP_TESTS = 16;

  /**
   * What is made from a cheap test, made once per test for the compilation: the tests are keyed by
   * identity, so each must be one instance for the compilation (a constant of the check, or made
   * from one by {@link #ofCodeType}). The callers run for every matched tree: their {@code make}
   * captures nothing, so no lambda is made per call (as {@code computeIfAbsent} with one capturing
   * {@code this} would).
   */
  private <T> T madeFor(
      IdentityHashMap<Predicate<ExpressionTree>, T> made,
      Predicate<ExpressionTree> worthJudging,
      BiFunction<CodeFacts, Predicate<ExpressionTree>, T> make) {
    T value = made.get(worthJudging);
    if (value == null) {
      if (made.size() >= MOST_CHEAP_TESTS) {
        throw new IllegalStateException(
            "more than "
                + MOST_CHEAP_TESTS
                + " cheap tests in one compilation: a check makes its test per call, where it"
                + " must be one instance (a constant)");
      }
      value = make.apply(this, worthJudging);
      made.put(worthJudging, value);
    }
    return value;
  }
}
