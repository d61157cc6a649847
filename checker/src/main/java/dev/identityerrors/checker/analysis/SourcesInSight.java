package dev.identityerrors.checker.analysis;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCClassDecl;
import com.sun.tools.javac.tree.JCTree.JCFieldAccess;
import com.sun.tools.javac.tree.JCTree.JCIdent;
import com.sun.tools.javac.tree.JCTree.JCMemberReference;
import com.sun.tools.javac.tree.JCTree.JCMethodDecl;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * Whether this compilation has met anything through which a value can be an Identity error code or
 * an HTTP status. Every code and every status the analysis finds, declared or inferred, rests on
 * one of: a class that gives or takes one (the SDK's problem details, exception, response and
 * callback, or a class named in the options), a declaration carrying the code annotation, or a
 * constant of the catalogue ({@code IdentityErrorCodes.USER_DOES_NOT_EXIST} names a code). A
 * compilation that has met none (most of the code in the world) needs no analysis at all.
 *
 * <p>The classes: javac's symbol table holds every class that a source file or a class file read
 * for this compilation names, so one that is not there is used nowhere. The annotation is no such
 * test (the catalogue's package lists it as soon as the catalogue is read), nor is the catalogue
 * class (the checks read it), so the compilation's attributed classes are scanned once for a use of
 * either: the annotation written in source, carried by a member of a class file that the code
 * refers to, or by a method a source method overrides; a catalogue constant read.
 *
 * <p>The answer can only turn from no to yes. While it is no it is asked again for each compilation
 * unit: Error Prone sees a unit after javac has attributed it, and with {@code
 * -XDcompilePolicy=simple} after javac has attributed them all; classes attributed since the last
 * question are scanned then.
 */
final class SourcesInSight {
  private final Symtab symtab;
  private final Enter enter;
  private final Types types;
  private final KnownNames names;
  private final ImmutableList<Name> sourceClasses;
  private final Name annotation;
  private final Set<JCClassDecl> scanned = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean met;
  private boolean allScanned;
  private @Nullable CompilationUnitTree lastAsked;

  private SourcesInSight(Context context, KnownNames names, ImmutableList<Name> sourceClasses) {
    this.symtab = Symtab.instance(context);
    this.enter = Enter.instance(context);
    this.types = Types.instance(context);
    this.names = names;
    this.sourceClasses = sourceClasses;
    this.annotation = names.codeAnnotation();
  }

  /**
   * @param sourceClasses the classes that give or take a code or a status, named fully in source
   *     form ({@code com.acme.Outer.Inner})
   */
  static SourcesInSight of(Context context, KnownNames names, Collection<String> sourceClasses) {
    Names table = Names.instance(context);
    ImmutableList.Builder<Name> flatNames = ImmutableList.builder();
    for (String type : sourceClasses) {
      for (String flatName : possibleFlatNames(type)) {
        flatNames.add(table.fromString(flatName));
      }
    }
    return new SourcesInSight(context, names, flatNames.build());
  }

  /**
   * javac keeps classes by flat name ({@code com.acme.Outer$Inner}); a name in source form does not
   * say where the package ends, so each reading is tried.
   */
  static List<String> possibleFlatNames(String type) {
    List<String> flatNames = new ArrayList<>();
    String flatName = type;
    flatNames.add(flatName);
    for (int dot = flatName.lastIndexOf('.'); dot > 0; dot = flatName.lastIndexOf('.', dot - 1)) {
      flatName = flatName.substring(0, dot) + '$' + flatName.substring(dot + 1);
      flatNames.add(flatName);
    }
    return flatNames;
  }

  /** Whether anything that gives or takes a code or a status has been met by this unit. */
  boolean anyMet(CompilationUnitTree unit) {
    if (met || unit == lastAsked) {
      return met;
    }
    lastAsked = unit;
    met = anyClassMet() || (isKnown(annotation) && annotationUsed());
    return met;
  }

  private boolean anyClassMet() {
    for (Name flatName : sourceClasses) {
      if (isKnown(flatName)) {
        return true;
      }
    }
    return false;
  }

  private boolean isKnown(Name flatName) {
    return symtab.getClassesForName(flatName).iterator().hasNext();
  }

  /** Scans the top-level classes attributed since the last scan for a use of the annotation. */
  private boolean annotationUsed() {
    if (allScanned) {
      return false;
    }
    boolean unattributedLeft = false;
    for (Env<AttrContext> env : enter.getEnvs()) {
      if (!(env.tree instanceof JCClassDecl type)
          || type.sym == null
          || !(type.sym.owner instanceof PackageSymbol)) {
        continue;
      }
      if ((type.sym.flags_field & Flags.UNATTRIBUTED) != 0) {
        unattributedLeft = true;
        continue;
      }
      if (scanned.add(type) && usesAnnotation(type)) {
        return true;
      }
    }
    allScanned = !unattributedLeft;
    return false;
  }

  private boolean usesAnnotation(JCClassDecl type) {
    AnnotationUse scanner = new AnnotationUse();
    scanner.scan(type);
    return scanner.found;
  }

  /**
   * javac's own scanner, not the {@code com.sun.source} one: this visits every tree of the
   * compilation once, and has nothing to return but one flag.
   */
  private final class AnnotationUse extends TreeScanner {
    boolean found;

    @Override
    public void scan(JCTree tree) {
      if (!found && tree != null) {
        tree.accept(this);
      }
    }

    @Override
    public void visitIdent(JCIdent tree) {
      found |= carries(tree.sym);
    }

    @Override
    public void visitSelect(JCFieldAccess tree) {
      found |= carries(tree.sym);
      super.visitSelect(tree);
    }

    @Override
    public void visitReference(JCMemberReference tree) {
      found |= carries(tree.sym);
      super.visitReference(tree);
    }

    @Override
    public void visitNewClass(JCNewClass tree) {
      found |= carries(tree.constructor);
      super.visitNewClass(tree);
    }

    @Override
    public void visitMethodDef(JCMethodDecl tree) {
      found |= overridesCarrier(tree.sym);
      super.visitMethodDef(tree);
    }
  }

  /**
   * Whether the symbol is a catalogue constant, the annotation, or a member of a class file that
   * carries it: itself, on a parameter that can hold a code, or (a record's) on a component, which
   * a record pattern reads without naming an accessor. What source declares carries it only where
   * the source names the annotation, which the scan sees.
   */
  private boolean carries(Symbol symbol) {
    if (symbol == null) {
      return false;
    }
    if (symbol instanceof Symbol.VarSymbol constant
        && constant.owner instanceof ClassSymbol owner
        && owner.flatName() == names.codesClass()) {
      return true;
    }
    if (symbol instanceof ClassSymbol type) {
      return type.flatName() == annotation
          || (fromClassFile(type)
              && ASTHelpers.isRecord(type)
              && anyCarries(type.getRecordComponents()));
    }
    if (!fromClassFile(symbol.enclClass())) {
      return false;
    }
    if (names.carriesCodeAnnotation(symbol)) {
      return true;
    }
    return symbol instanceof MethodSymbol method && parameterCarries(method);
  }

  private static boolean fromClassFile(ClassSymbol type) {
    return type != null
        && type.classfile != null
        && type.classfile.getKind() == JavaFileObject.Kind.CLASS;
  }

  /** Whether any of the symbols (a record's components, a method's parameters) carries it. */
  private boolean anyCarries(List<? extends Symbol> symbols) {
    for (Symbol symbol : symbols) {
      if (names.carriesCodeAnnotation(symbol)) {
        return true;
      }
    }
    return false;
  }

  /** The parameters are looked at only where one can hold a code: javac makes them on demand. */
  private boolean parameterCarries(MethodSymbol method) {
    boolean mayTakeCode = false;
    for (Type parameterType : method.type.getParameterTypes()) {
      mayTakeCode |= names.mayHoldCode(parameterType);
    }
    return mayTakeCode && anyCarries(method.getParameters());
  }

  /** Whether a method of a type that can hold a code overrides one that carries the annotation. */
  private boolean overridesCarrier(MethodSymbol method) {
    if (method == null
        || method.isStatic()
        || method.isConstructor()
        || (method.flags() & Flags.PRIVATE) != 0
        || !names.mayHoldCode(method.getReturnType())) {
      return false;
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, types)) {
      if (names.carriesCodeAnnotation(overridden)) {
        return true;
      }
    }
    return false;
  }
}
