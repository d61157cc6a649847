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
 * getStatus()}) used where a LUSID Identity error code belongs.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "An HTTP status is not a LUSID Identity error code",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "HttpStatusAsErrorCode.md")
public final class HttpStatusAsErrorCode extends CodeContextChecker {
  private static final long serialVersionUID = 1L;

  /** Where a code is expected: any call or variable read there may be a status. */
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

  private static boolean mayBeStatus(ExpressionTree expression) {
    Tree.Kind kind = stripParensAndCasts(expression).getKind();
    return kind == Tree.Kind.METHOD_INVOCATION
        || kind == Tree.Kind.IDENTIFIER
        || kind == Tree.Kind.MEMBER_SELECT;
  }

  /** A status where a code belongs, or a catalogue constant where a status is. */
  private static final Predicate<ExpressionTree> MAY_BE_STATUS_OR_CONSTANT =
      MAY_BE_STATUS.or(MAY_HOLD_CONSTANT);

  @Override
  protected Predicate<ExpressionTree> worthJudging() {
    return MAY_BE_STATUS_OR_CONSTANT;
  }

  @Override
  protected void judgeAll(Tree matched, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    CodeTypedExpressions statuses = facts.statuses();
    for (ExpressionTree expression : facts.codeContexts(MAY_BE_STATUS).meeting(matched, state)) {
      if (statuses.isCodeTyped(expression, state)) {
        state.reportMatch(statusWhereCodeBelongs(expression, state));
      }
    }
    CodeContexts statusSlots = facts.statusContexts(MAY_HOLD_CONSTANT);
    for (ExpressionTree expression : statusSlots.meeting(matched, state)) {
      ExpressionTree status = statusSlots.counterpart(matched, expression);
      if (status != null && isCatalogueCode(expression, catalogue)) {
        state.reportMatch(statusWhereCodeBelongs(status, state));
        return;
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
                    + " is an HTTP status, not a LUSID Identity error code; the code is in the"
                    + " problem details: "
                    + LusidSdk.WHERE_THE_CODE_IS);
    problemDetailsCodeFix(status, state).ifPresent(description::addFix);
    return description.build();
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
