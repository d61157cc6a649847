package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ExpressionTree;
import dev.identityerrors.checker.analysis.CodeConstant;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.fixes.CatalogueConstantFix;
import java.util.Optional;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/** Flags a literal Identity error code where the catalogue has a named constant for it. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Identity error codes should be written as IdentityErrorCodes constants, not numbers",
    severity = WARNING,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "ErrorCodeLiteral.md")
public final class ErrorCodeLiteral extends CodeConstantChecker {
  private static final long serialVersionUID = 1L;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public ErrorCodeLiteral() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ErrorCodeLiteral(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  protected Description judge(
      CodeConstant constant,
      @Nullable ExpressionTree comparedWith,
      Catalogue catalogue,
      VisitorState state) {
    if (!constant.literal()) {
      return Description.NO_MATCH;
    }
    Optional<Entry> entry = catalogue.lookup(constant.value());
    if (entry.isEmpty()) {
      return Description.NO_MATCH;
    }
    String name = entry.get().constant();
    Description.Builder description =
        buildDescription(constant.tree())
            .setMessage(
                "use IdentityErrorCodes."
                    + name
                    + " instead of "
                    + state.getSourceForNode(constant.tree()));
    if (!CatalogueConstantFix.namedAlready(entry.get().code(), constant.tree(), state)) {
      description.addFix(
          CatalogueConstantFix.replaceWithConstant(constant.tree(), catalogue, name, state));
    }
    return description.build();
  }
}
