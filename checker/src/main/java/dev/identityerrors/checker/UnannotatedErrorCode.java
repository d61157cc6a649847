package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.SUGGESTION;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.fixes.AnnotationFix;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;

/**
 * Suggests {@code @IdentityErrorCode} on a method or field that other compilation units can see and
 * that the analysis infers to hold a code: inference sees one compilation only, so callers in other
 * modules are checked only once the declaration says so. With patch mode, it annotates a code base
 * in one pass.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "This method or field holds a LUSID Identity error code; annotate it so that other modules"
            + " are checked",
    severity = SUGGESTION,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "UnannotatedErrorCode.md")
public final class UnannotatedErrorCode extends IdentityErrorsChecker
    implements MethodTreeMatcher, VariableTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public UnannotatedErrorCode() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnannotatedErrorCode(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null
        || method.isConstructor()
        || tree.getBody() == null
        || !seenByOtherUnits(method)) {
      return NO_MATCH;
    }
    return judgeSafely(tree, state, this::judgeMethod);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    Symbol field = ASTHelpers.getSymbol(tree);
    if (field == null || field.getKind() != ElementKind.FIELD || !seenByOtherUnits(field)) {
      return NO_MATCH;
    }
    return judgeSafely(tree, state, this::judgeField);
  }

  private Description judgeMethod(
      MethodTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (!facts.mayHoldCode(method.getReturnType())
        || !ASTHelpers.findSuperMethods(method, state.getTypes()).isEmpty()) {
      // An override takes what it overrides: a library's it cannot change, or one to annotate.
      return NO_MATCH;
    }
    return suggest(tree, method, "returns", facts, state);
  }

  private Description judgeField(
      VariableTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    Symbol field = ASTHelpers.getSymbol(tree);
    return facts.mayHoldCode(field.type) ? suggest(tree, field, "holds", facts, state) : NO_MATCH;
  }

  private Description suggest(
      Tree tree, Symbol symbol, String verb, CodeFacts facts, VisitorState state) {
    if (facts.codes().declaresKind(symbol) || !facts.codes().holdsKind(symbol, state)) {
      return NO_MATCH;
    }
    String message =
        symbol.getSimpleName()
            + " "
            + verb
            + " a LUSID Identity error code: annotate it @IdentityErrorCode so that callers in"
            + " other modules are checked";
    // Declared with other fields, an annotation there would be on every one: no fix, and why.
    boolean shared = AnnotationFix.sharesItsModifiers(tree, state);
    Description.Builder description =
        buildDescription(tree)
            .setMessage(
                shared
                    ? message
                        + " (it is declared together with other fields: declare it on its own,"
                        + " then annotate it)"
                    : message);
    if (!shared) {
      description.addFix(AnnotationFix.annotate(tree, state));
    }
    return description.build();
  }

  /**
   * Not private, in no private, local or anonymous class, not written by javac (a record's
   * accessors) nor in generated code.
   */
  private static boolean seenByOtherUnits(Symbol symbol) {
    if ((symbol.flags() & (Flags.PRIVATE | Flags.GENERATED_MEMBER | Flags.SYNTHETIC)) != 0
        || markedGenerated(symbol)) {
      return false;
    }
    for (Symbol owner = symbol.owner; owner instanceof ClassSymbol type; owner = owner.owner) {
      if ((type.flags() & Flags.PRIVATE) != 0
          || type.getNestingKind() == NestingKind.LOCAL
          || type.getNestingKind() == NestingKind.ANONYMOUS
          || markedGenerated(type)) {
        return false;
      }
    }
    return true;
  }

  /** Marked {@code @Generated} (javax.annotation, javax.annotation.processing, jakarta). */
  private static boolean markedGenerated(Symbol symbol) {
    for (Attribute.Compound annotation : symbol.getRawAttributes()) {
      if (annotation.type.tsym.getSimpleName().contentEquals("Generated")) {
        return true;
      }
    }
    return false;
  }
}
