package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import dev.identityerrors.checker.analysis.CodeConstant;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.catalogue.Catalogue.Entry;
import dev.identityerrors.checker.fixes.CatalogueConstantFix;
import dev.identityerrors.checker.sdk.LusidSdk;
import javax.inject.Inject;

/** Flags a number used as an Identity error code that the catalogue does not have. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "This number is not a LUSID Identity error code",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "UnknownErrorCode.md")
public final class UnknownErrorCode extends CodeConstantChecker {
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
  protected Description judge(CodeConstant constant, Catalogue catalogue, VisitorState state) {
    if (catalogue.lookup(constant.value()).isPresent()) {
      return Description.NO_MATCH;
    }
    ImmutableList<Entry> meant = catalogue.likelyMeant(constant.value());
    Description.Builder description =
        buildDescription(constant.tree()).setMessage(message(constant.value(), meant));
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

  private static String message(long value, ImmutableList<Entry> meant) {
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
    } else if (LusidSdk.readsAsHttpStatus(value)) {
      message.append(
          "; it looks like an HTTP status: the Identity error code is the problem details' code");
    } else {
      message.append("; use a constant of IdentityErrorCodes");
    }
    return message.toString();
  }
}
