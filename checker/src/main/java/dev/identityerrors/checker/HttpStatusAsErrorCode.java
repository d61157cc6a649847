package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import dev.identityerrors.checker.analysis.CodeConstants;
import dev.identityerrors.checker.analysis.CodeContexts;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.Comparisons;
import dev.identityerrors.checker.analysis.ContextReader;
import dev.identityerrors.checker.analysis.KindInference;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.fixes.TypeNames;
import dev.identityerrors.checker.sdk.LusidSdk;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/**
 * Flags an HTTP status (the SDK's {@code ApiException#getCode()}, the problem details' {@code
 * getStatus()}, {@code ApiResponse#getStatusCode()}, a callback's {@code statusCode}) used where a
 * LUSID Identity error code belongs, and a code passed where the SDK takes a status.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "An HTTP status is not a LUSID Identity error code",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "HttpStatusAsErrorCode.md")
public final class HttpStatusAsErrorCode extends CodeContextChecker {
  private static final long serialVersionUID = 1L;

  /**
   * Where a code is expected: any call or variable read there may be a status (of a type that can
   * hold one: {@link CodeFacts#ofCodeType}).
   */
  private static final Predicate<ExpressionTree> MAY_BE_STATUS = HttpStatusAsErrorCode::mayBeStatus;

  /** What meets a status: a catalogue constant there means the status was taken for a code. */
  private static final Predicate<ExpressionTree> MAY_HOLD_CONSTANT = CodeConstants::mayHoldConstant;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public HttpStatusAsErrorCode() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public HttpStatusAsErrorCode(ErrorProneFlags flags) {
    super(flags);
  }

  /** A read that may be a status, or a choice one of whose results may be. */
  private static boolean mayBeStatus(ExpressionTree expression) {
    Tree.Kind kind = stripParensAndCasts(expression).getKind();
    return kind == Tree.Kind.METHOD_INVOCATION
        || kind == Tree.Kind.IDENTIFIER
        || kind == Tree.Kind.MEMBER_SELECT
        || kind == Tree.Kind.CONDITIONAL_EXPRESSION
        || kind == Tree.Kind.SWITCH_EXPRESSION;
  }

  /** A status where a code belongs, or a catalogue constant where a status is. */
  private static final Predicate<ExpressionTree> MAY_BE_STATUS_OR_CONSTANT =
      MAY_BE_STATUS.or(MAY_HOLD_CONSTANT);

  @Override
  protected Predicate<ExpressionTree> worthJudging(CodeFacts facts) {
    return facts.ofCodeType(MAY_BE_STATUS_OR_CONSTANT);
  }

  /**
   * One pass per direction: a status meeting a code's slot, and a code meeting a status's slot (a
   * catalogue code compared with a status, or passed or given where a status is taken).
   */
  @Override
  protected <T extends Tree> void judgeAll(
      T matched,
      ContextReader<T> reader,
      CodeFacts facts,
      Catalogue catalogue,
      VisitorState state) {
    KindInference statuses = facts.statuses();
    Predicate<ExpressionTree> mayBeStatus = facts.ofCodeType(MAY_BE_STATUS);
    CodeContexts codeSlots = facts.codeContexts(mayBeStatus);
    for (ExpressionTree expression : reader.meeting(matched, codeSlots, state)) {
      ExpressionTree comparedWith = reader.counterpart(matched, expression, codeSlots);
      if (comparedWith != null
          && facts.writesCatalogueCode(comparedWith)
          && statuses.isOfKind(expression, state)) {
        // A status whole, compared with a catalogue code: the pass over the status slots below
        // reports it, once ((b ? p.getStatus() : e.getCode()) == USER_DOES_NOT_EXIST).
        continue;
      }
      // Each result on its own: the status branch of b ? UNKNOWN_ERROR : e.getCode().
      for (ExpressionTree result : CodeConstants.resultsOf(expression)) {
        if (mayBeStatus.test(result) && statuses.isOfKind(result, state)) {
          report(statusWhereCodeBelongs(result, state), state);
        }
      }
    }
    CodeContexts statusSlots = facts.statusContexts(MAY_BE_STATUS_OR_CONSTANT);
    for (ExpressionTree expression : reader.meeting(matched, statusSlots, state)) {
      ExpressionTree status = reader.counterpart(matched, expression, statusSlots);
      if (facts.writesCatalogueCode(expression)) {
        // Compared with a status, the status is reported; passed where a status is taken
        // (problem.status(657), new ApiException(USER_DOES_NOT_EXIST, ...)), the code is.
        report(
            status != null
                ? statusWhereCodeBelongs(status, state)
                : codeWhereStatusBelongs(expression, state),
            state);
        return;
      }
      if (status == null
          && mayBeStatus.test(expression)
          && facts.codes().isOfKind(expression, state)) {
        report(codeWhereStatusBelongs(expression, state), state);
      }
    }
  }

  private Description statusWhereCodeBelongs(ExpressionTree status, VisitorState state) {
    Description.Builder description =
        buildDescription(status)
            .setMessage(
                state.getSourceForNode(status)
                    + " is an HTTP status, not a LUSID Identity error code; "
                    + whereTheCodeIs(status, state));
    problemDetailsCodeFix(status, state).ifPresent(description::addFix);
    return description.build();
  }

  private Description codeWhereStatusBelongs(ExpressionTree code, VisitorState state) {
    return buildDescription(code)
        .setMessage(
            state.getSourceForNode(code)
                + " is a LUSID Identity error code, not an HTTP status, which is what is taken"
                + " here; the status of a failure is its HTTP status (404, 409, ...)")
        .build();
  }

  /**
   * Where the code is, for the status found: beside it on the same object where its type has a
   * member that gives a code (a team's own exception with a status and a code getter, both named in
   * the options), else as the SDK's types say ({@link LusidSdk#whereTheCodeIs}). Never a variable
   * the code in scope does not have.
   */
  private static String whereTheCodeIs(ExpressionTree status, VisitorState state) {
    ExpressionTree stripped = stripParensAndCasts(status);
    ExpressionTree receiver =
        stripped instanceof MethodInvocationTree call
            ? ASTHelpers.getReceiver(call)
            : stripped instanceof MemberSelectTree select ? select.getExpression() : null;
    CodeFacts facts = CodeFacts.made(state);
    if (receiver != null && facts != null) {
      String codeMember = codeMemberOf(ASTHelpers.getType(receiver), facts, state);
      if (codeMember != null) {
        return "the code is " + state.getSourceForNode(receiver) + "." + codeMember;
      }
    }
    return LusidSdk.whereTheCodeIs(
        ASTHelpers.getSymbol(stripped), receiver == null ? null : state.getSourceForNode(receiver));
  }

  /**
   * A member of the type (or a supertype) that gives a code, as written after a dot ({@code
   * errorCode()}, {@code code}): a method without parameters or a field that the code kind
   * declares; null if there is none.
   */
  private static @Nullable String codeMemberOf(
      @Nullable Type type, CodeFacts facts, VisitorState state) {
    if (type == null || !(type.tsym instanceof Symbol.ClassSymbol)) {
      return null;
    }
    for (Type supertype : state.getTypes().closure(type)) {
      for (Symbol member : supertype.tsym.members().getSymbols()) {
        if (ASTHelpers.isStatic(member) || !facts.codes().declaresKind(member)) {
          continue;
        }
        if (member instanceof Symbol.MethodSymbol method && method.getParameters().isEmpty()) {
          return method.getSimpleName() + "()";
        }
        if (member instanceof Symbol.VarSymbol) {
          return member.getSimpleName().toString();
        }
      }
    }
    return null;
  }

  /**
   * {@code problem.getStatus()} of the SDK's problem details becomes {@code problem.getCode()}: the
   * one rewrite there is. An exception's status has none ({@code fromJson} throws a checked
   * exception). Only where the status is compared or switched on, read once in its statement
   * ({@link #comparisonOf}), and never where the code, which may be null when the status is not,
   * would throw: compared with an {@code int} by {@code ==} or {@code !=}, the comparison becomes
   * {@code Objects.equals(problem.getCode(), X)} (negated for {@code !=}); unboxed anywhere else (a
   * switch, {@code Integer.compare}) or dereferenced ({@code getStatus().equals(X)}), no fix.
   */
  private static Optional<SuggestedFix> problemDetailsCodeFix(
      ExpressionTree status, VisitorState state) {
    if (!(stripParensAndCasts(status) instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    Symbol method = ASTHelpers.getSymbol(call);
    if (method == null
        || !method.getSimpleName().contentEquals(LusidSdk.STATUS_GETTER)
        || !LusidSdk.isProblemDetails(method.owner.getQualifiedName())) {
      return Optional.empty();
    }
    TreePath comparison = comparisonOf(status, call, method, state);
    if (comparison == null) {
      return Optional.empty();
    }
    Tree context = comparison.getLeaf();
    if (!readAsNumber(status, comparison)) {
      int end = state.getEndPosition(select);
      int start = end - select.getIdentifier().length();
      return Optional.of(SuggestedFix.replace(start, end, LusidSdk.CODE_GETTER));
    }
    if (context instanceof BinaryTree binary) {
      ExpressionTree other =
          ASTHelpers.stripParentheses(binary.getLeftOperand())
                  == ASTHelpers.stripParentheses(status)
              ? binary.getRightOperand()
              : binary.getLeftOperand();
      Type otherType = ASTHelpers.getType(other);
      ExpressionTree receiver = ASTHelpers.getReceiver(call);
      if (otherType != null && otherType.getTag() == TypeTag.INT && receiver != null) {
        SuggestedFix.Builder fix = SuggestedFix.builder();
        String objects = TypeNames.qualify(state, fix, "java.util.Objects");
        fix.replace(
            binary,
            (binary.getKind() == Tree.Kind.NOT_EQUAL_TO ? "!" : "")
                + objects
                + ".equals("
                + state.getSourceForNode(receiver)
                + "."
                + LusidSdk.CODE_GETTER
                + "(), "
                + state.getSourceForNode(other)
                + ")");
        return Optional.of(fix.build());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the status's value is read as a number where it is compared, so that a null there
   * throws: unboxed by {@code ==} or {@code !=} beside a primitive, passed for a primitive
   * parameter, switched on.
   */
  private static boolean readAsNumber(ExpressionTree status, TreePath comparison) {
    Tree context = comparison.getLeaf();
    Type statusType = ASTHelpers.getType(status);
    if (statusType == null || statusType.isPrimitive()) {
      return true;
    }
    if (context instanceof BinaryTree binary) {
      Type left = ASTHelpers.getType(binary.getLeftOperand());
      Type right = ASTHelpers.getType(binary.getRightOperand());
      return left == null || right == null || left.isPrimitive() || right.isPrimitive();
    }
    if (context instanceof MethodInvocationTree comparing) {
      MethodSymbol callee = ASTHelpers.getSymbol(comparing);
      List<? extends ExpressionTree> arguments = comparing.getArguments();
      for (int i = 0; i < arguments.size(); i++) {
        if (ASTHelpers.stripParentheses(arguments.get(i)) == ASTHelpers.stripParentheses(status)) {
          List<VarSymbol> parameters = callee.getParameters();
          if (parameters.isEmpty()) {
            return true;
          }
          return parameters.get(Math.min(i, parameters.size() - 1)).type.isPrimitive();
        }
      }
    }
    return true;
  }

  /**
   * Where the status is compared ({@code ==}, {@code !=}, or a call {@link Comparisons} reads as a
   * comparison) or switched on, when its statement reads it nowhere else; else null. Only there
   * does the code take the status's place and keep what the statement does otherwise: an arm of a
   * {@code ?:} or a fallback ({@code requireNonNullElse(p.getCode(), p.getStatus())}) would give
   * null where the status was given, and a null check of the status ({@code p.getStatus() != null
   * && p.getStatus() == X}) would no longer guard what is read.
   */
  private static @Nullable TreePath comparisonOf(
      ExpressionTree status, MethodInvocationTree call, Symbol method, VisitorState state) {
    TreePath path = TreePath.getPath(state.getPath().getCompilationUnit(), status);
    if (path == null) {
      return null;
    }
    TreePath parent = path.getParentPath();
    while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
      parent = parent.getParentPath();
    }
    if (parent == null) {
      return null;
    }
    Tree context = parent.getLeaf();
    boolean compared =
        context.getKind() == Tree.Kind.EQUAL_TO
            || context.getKind() == Tree.Kind.NOT_EQUAL_TO
            || context instanceof SwitchTree
            || context instanceof SwitchExpressionTree
            || (context instanceof MethodInvocationTree comparing
                && Comparisons.compares(comparing, state));
    if (!compared) {
      return null;
    }
    TreePath statement = parent;
    while (statement != null && !(statement.getLeaf() instanceof StatementTree)) {
      statement = statement.getParentPath();
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    String receiverSource = receiver == null ? null : state.getSourceForNode(receiver);
    if (statement == null || receiverSource == null) {
      return null;
    }
    int[] reads = {0};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree other, Void unused) {
        ExpressionTree otherReceiver = ASTHelpers.getReceiver(other);
        if (ASTHelpers.getSymbol(other) == method
            && otherReceiver != null
            && receiverSource.equals(state.getSourceForNode(otherReceiver))) {
          reads[0]++;
        }
        return super.visitMethodInvocation(other, null);
      }
    }.scan(statement.getLeaf(), null);
    return reads[0] == 1 ? parent : null;
  }
}
