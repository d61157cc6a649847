package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static dev.identityerrors.checker.analysis.CodeTypedExpressions.stripParensAndCasts;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import dev.identityerrors.checker.analysis.CodeConstants;
import dev.identityerrors.checker.analysis.CodeContexts;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.CodeTypedExpressions;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.sdk.LusidSdk;
import java.util.Optional;
import java.util.function.Predicate;
import javax.inject.Inject;

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

  @Override
  protected void judgeAll(Tree matched, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    CodeTypedExpressions statuses = facts.statuses();
    Predicate<ExpressionTree> mayBeStatus = facts.ofCodeType(MAY_BE_STATUS);
    for (ExpressionTree expression : facts.codeContexts(mayBeStatus).meeting(matched, state)) {
      if (!CodeConstants.hasFallback(expression)) {
        if (statuses.isCodeTyped(expression, state)) {
          report(statusWhereCodeBelongs(expression, state), state);
        }
        continue;
      }
      // Each result on its own: the status branch of b ? UNKNOWN_ERROR : e.getCode().
      for (ExpressionTree result : CodeConstants.resultsOf(expression)) {
        if (mayBeStatus.test(result) && statuses.isCodeTyped(result, state)) {
          report(statusWhereCodeBelongs(result, state), state);
        }
      }
    }
    CodeContexts statusSlots = facts.statusContexts(MAY_HOLD_CONSTANT);
    for (ExpressionTree expression : statusSlots.meeting(matched, state)) {
      ExpressionTree status = statusSlots.counterpart(matched, expression);
      if (isCatalogueCode(expression, catalogue)) {
        // Compared with a status, the status is reported; passed where a status is taken
        // (problem.status(657), new ApiException(USER_DOES_NOT_EXIST, ...)), the code is.
        report(
            status != null
                ? statusWhereCodeBelongs(status, state)
                : codeWhereStatusBelongs(expression, state),
            state);
        return;
      }
    }
    if (matched instanceof MethodInvocationTree || matched instanceof NewClassTree) {
      CodeContexts takers = facts.statusContexts(mayBeStatus);
      for (ExpressionTree expression : takers.meeting(matched, state)) {
        if (takers.counterpart(matched, expression) == null
            && facts.codes().isCodeTyped(expression, state)) {
          report(codeWhereStatusBelongs(expression, state), state);
        }
      }
    }
  }

  /**
   * A catalogue constant, or a literal whose value is a catalogue code and cannot be an HTTP status
   * (so {@code e.getCode() == 404} stays fine).
   */
  private static boolean isCatalogueCode(ExpressionTree meeting, Catalogue catalogue) {
    ExpressionTree expression = CodeConstants.valueGivenBy(meeting);
    if (CodeConstants.isCatalogueConstant(expression, catalogue)) {
      return true;
    }
    Long literal = CodeConstants.signedLiteral(expression);
    return literal != null
        && (literal < 100 || literal > 599)
        && catalogue.lookup(literal).isPresent();
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
   * Where the code is, for the status found: the problem details beside it, the exception's body,
   * or nowhere (a response or a success has none).
   */
  private static String whereTheCodeIs(ExpressionTree status, VisitorState state) {
    ExpressionTree stripped = stripParensAndCasts(status);
    Symbol symbol = ASTHelpers.getSymbol(stripped);
    if (symbol instanceof Symbol.MethodSymbol method && method.owner != null) {
      ExpressionTree receiver =
          stripped instanceof MethodInvocationTree call ? ASTHelpers.getReceiver(call) : null;
      String owner = method.owner.getQualifiedName().toString();
      if (LusidSdk.isProblemDetails(owner) && receiver != null) {
        return "the code is "
            + state.getSourceForNode(receiver)
            + "."
            + LusidSdk.CODE_GETTER
            + "()";
      }
      if (LusidSdk.isApiException(owner) && receiver != null) {
        return "the code is in the problem details: "
            + LusidSdk.codeOfFailure(state.getSourceForNode(receiver));
      }
      if (LusidSdk.isApiResponse(owner)) {
        return "a response carries no error code: a failed call throws ApiException, whose"
            + " problem details have it: "
            + LusidSdk.WHERE_THE_CODE_IS;
      }
    }
    if (symbol instanceof Symbol.VarSymbol parameter
        && parameter.owner instanceof Symbol.MethodSymbol callback
        && callback.getParameters().size() == 3) {
      if (callback.getSimpleName().contentEquals(LusidSdk.ON_FAILURE)) {
        String exception = callback.getParameters().get(0).getSimpleName().toString();
        return "the code is in the problem details of "
            + exception
            + ": "
            + LusidSdk.codeOfFailure(exception);
      }
      if (callback.getSimpleName().contentEquals(LusidSdk.ON_SUCCESS)) {
        return "a call that succeeded has no error code";
      }
    }
    return "the code is in the problem details: " + LusidSdk.WHERE_THE_CODE_IS;
  }

  /**
   * {@code problem.getStatus()} of the SDK's problem details becomes {@code problem.getCode()}: the
   * one safe rewrite. An exception's status has none ({@code fromJson} throws a checked exception).
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
    int end = state.getEndPosition(select);
    int start = end - select.getIdentifier().length();
    return Optional.of(SuggestedFix.replace(start, end, LusidSdk.CODE_GETTER));
  }
}
