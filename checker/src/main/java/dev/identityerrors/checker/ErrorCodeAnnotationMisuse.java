package dev.identityerrors.checker;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;
import static com.google.errorprone.matchers.Description.NO_MATCH;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.identityerrors.checker.analysis.CodeFacts;
import dev.identityerrors.checker.analysis.Trees;
import dev.identityerrors.checker.catalogue.Catalogue;
import dev.identityerrors.checker.fixes.AnnotationFix;
import javax.inject.Inject;
import org.jspecify.annotations.Nullable;

/** Flags {@code @IdentityErrorCode} on a declaration whose type cannot hold an error code. */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "@IdentityErrorCode belongs on an int, long, Integer or Long declaration",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = Docs.BASE + "ErrorCodeAnnotationMisuse.md")
public final class ErrorCodeAnnotationMisuse extends IdentityErrorsChecker
    implements VariableTreeMatcher, MethodTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** For javac's ServiceLoader, which needs a public no-argument constructor. */
  public ErrorCodeAnnotationMisuse() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ErrorCodeAnnotationMisuse(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    if (tree.getModifiers().getAnnotations().isEmpty()) {
      return NO_MATCH;
    }
    return judgeSafely(tree, state, this::judgeVariable);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    if (tree.getModifiers().getAnnotations().isEmpty()) {
      return NO_MATCH;
    }
    return judgeSafely(tree, state, this::judgeMethod);
  }

  private Description judgeVariable(
      VariableTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    Symbol symbol = ASTHelpers.getSymbol(tree);
    if (symbol == null || (symbol.owner != null && writtenByJavac(symbol.owner))) {
      return NO_MATCH;
    }
    Type type = symbol.type;
    if ((symbol.flags() & Flags.VARARGS) != 0 && type instanceof Type.ArrayType array) {
      // An annotated varargs parameter holds codes, one per argument.
      type = array.getComponentType();
    }
    return judge(tree.getModifiers(), type, "", facts, state);
  }

  private Description judgeMethod(
      MethodTree tree, CodeFacts facts, Catalogue catalogue, VisitorState state) {
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null || writtenByJavac(method) || method.isConstructor()) {
      return NO_MATCH;
    }
    Type type = method.getReturnType();
    if (Trees.isAnnotationElement(method) && type instanceof Type.ArrayType array) {
      // An annotation's element of an array type holds codes, one per value: @RetryOn(657) and
      // @RetryOn({657, 659}) give the same element, as varargs do. The message names the type of
      // each, as for varargs.
      type = array.getComponentType();
    }
    return judge(tree.getModifiers(), type, "the return type ", facts, state);
  }

  /**
   * Methods javac writes for a record (accessors, the canonical constructor) and the parameters of
   * a compact constructor, which javac declares, carry the component's annotation; the component
   * itself is reported, once.
   */
  private static boolean writtenByJavac(Symbol symbol) {
    return symbol instanceof Symbol.MethodSymbol
        && (symbol.flags()
                & (Flags.GENERATED_MEMBER
                    | Flags.GENERATEDCONSTR
                    | Flags.COMPACT_RECORD_CONSTRUCTOR))
            != 0;
  }

  private Description judge(
      ModifiersTree modifiers, Type type, String whatType, CodeFacts facts, VisitorState state) {
    AnnotationTree annotation = codeAnnotation(modifiers);
    if (annotation == null || facts.mayHoldCode(type)) {
      return NO_MATCH;
    }
    String typeName = SuggestedFixes.prettyType(type, state);
    return buildDescription(annotation)
        .setMessage(
            "@IdentityErrorCode on "
                + whatType
                + typeName
                + ": an Identity error code is an int, long, Integer or Long; remove the"
                + " annotation or change the type")
        .addFix(AnnotationFix.remove(annotation, state))
        .build();
  }

  private static @Nullable AnnotationTree codeAnnotation(ModifiersTree modifiers) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Symbol symbol = ASTHelpers.getSymbol(annotation.getAnnotationType());
      if (symbol != null && symbol.getQualifiedName().contentEquals(Catalogue.CODE_ANNOTATION)) {
        return annotation;
      }
    }
    return null;
  }
}
