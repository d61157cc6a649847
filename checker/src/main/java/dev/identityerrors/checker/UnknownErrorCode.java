package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.AnnotationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.identityerrors.checker.analysis.CodeConstant;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.TestLibraries;
import dev.identityerrors.checker.analysis.Trees;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.fixes.CatalogueConstantFix;
import dev.identityerrors.checker.sdk.LusidSdk;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/** Flags a number used as an Identity error code that the catalogue does not have. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "This number is not a LUSID Identity error code",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "UnknownErrorCode.md")
public final class UnknownErrorCode extends CodeConstantChecker implements AnnotationTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public UnknownErrorCode() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnknownErrorCode(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  protected Description judge(
      CodeConstant constant,
      @Nullable ExpressionTree comparedWith,
      Catalogue catalogue,
      VisitorState state) {
    if (catalogue.lookup(constant.value()).isPresent()) {
      return Description.NO_MATCH;
    }
    ImmutableList<Entry> meant = catalogue.likelyMeant(constant.value());
    Description.Builder description =
        buildDescription(constant.tree())
            .setMessage(
                message(constant.value(), meant, readWithIdentitysDetails(comparedWith, state)));
    if (meant.size() == 1
        && constant.literal()
        && !CatalogueConstantFix.wouldRepeat(
            meant.get(0).code(), constant.tree(), catalogue, state)) {
      description.addFix(
          CatalogueConstantFix.replaceWithConstant(
              constant.tree(), catalogue, meant.get(0).constant(), state));
    }
    return description.build();
  }

  /**
   * The problem details' code a number is compared with, where it is read with Identity's problem
   * details ({@code p.getCode()} of a {@code com.finbourne.identity.model.LusidProblemDetails}):
   * its receiver's source and the class; else null.
   */
  private static String @Nullable [] readWithIdentitysDetails(
      @Nullable ExpressionTree compared, VisitorState state) {
    if (compared == null
        || !(ASTHelpers.stripParentheses(compared) instanceof MethodInvocationTree call)
        || !(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol getter)
        || !getter.getSimpleName().contentEquals(LusidSdk.CODE_GETTER)
        || !LusidSdk.isProblemDetails(getter.owner.getQualifiedName())) {
      return null;
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    String source = receiver == null ? null : state.getSourceForNode(receiver);
    return new String[] {
      source == null ? "" : source + ".", getter.owner.getQualifiedName().toString()
    };
  }

  /**
   * A JUnit 5 {@code @CsvSource} on a test method: each number of its rows given to a parameter
   * that holds a code is judged (no fix: the number is text inside the row).
   */
  @Override
  public Description matchAnnotation(AnnotationTree tree, VisitorState state) {
    if (tree.getArguments().isEmpty()) {
      return Description.NO_MATCH;
    }
    return judgeSafely(tree, state, this::judgeRows);
  }

  private Description judgeRows(
      AnnotationTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    MethodSymbol method = Trees.methodAnnotatedAt(state.getPath());
    if (method == null) {
      return Description.NO_MATCH;
    }
    for (TestLibraries.CsvCode cell :
        TestLibraries.csvCodes(
            tree,
            method,
            column -> facts.codes().holdsKind(method.getParameters().get(column), state))) {
      if (catalogue.lookup(cell.value()).isEmpty()) {
        report(
            buildDescription(cell.row())
                .setMessage(
                    message(cell.value(), catalogue.likelyMeant(cell.value()), null)
                        + " (in a row of @CsvSource, given to parameter "
                        + method.getParameters().get(cell.column()).getSimpleName()
                        + ")")
                .build(),
            state);
      }
    }
    return Description.NO_MATCH;
  }

  private static String message(
      long value, ImmutableList<Entry> meant, String @Nullable [] readWithIdentitys) {
    StringBuilder message =
        new StringBuilder().append(value).append(" is not a LUSID Identity error code");
    if (!meant.isEmpty()) {
      // A loop, not a stream: this runs for every finding, and a typo-dense file has many.
      message.append("; did you mean ");
      for (int i = 0; i < meant.size(); i++) {
        Entry entry = meant.get(i);
        message
            .append(i == 0 ? "" : " or ")
            .append(entry.code())
            .append(" (")
            .append(entry.constant())
            .append(')');
      }
      message.append('?');
    } else if (readWithIdentitys != null) {
      // A code of another service read with Identity's class: say which class it is, and which
      // class reads that service's failures.
      message
          .append("; ")
          .append(readWithIdentitys[0])
          .append("getCode() is read with Identity's problem details (")
          .append(readWithIdentitys[1])
          .append("), whose codes are Identity's: a failure of the main LUSID API is read with ")
          .append(LusidSdk.mainLusidProblemDetailsBeside(readWithIdentitys[1]))
          .append(LusidSdk.readsAsHttpStatus(value) ? ", and an HTTP status is getStatus()" : "");
    } else if (LusidSdk.readsAsHttpStatus(value)) {
      message.append(
          "; it looks like an HTTP status: the Identity error code is the problem details' code");
    } else {
      message.append("; use a constant of IdentityErrorCodes");
    }
    return message.toString();
  }
}
