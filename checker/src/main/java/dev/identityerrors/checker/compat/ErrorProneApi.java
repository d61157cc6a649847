package dev.identityerrors.checker.compat;

import com.google.errorprone.fixes.Fix;
import com.google.errorprone.fixes.Replacement;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Error Prone APIs whose behaviour differs across the supported releases (2.36.0 to the
 * newest), with one behaviour for the checks. Everything else the checks use is the same in every
 * release and is called directly.
 *
 * <ul>
 *   <li>{@code ASTHelpers.constValue} gives a {@code char} constant as an {@code Integer} in 2.36.0
 *       and as a {@code Character} in 2.42.0: {@code code == 'a'} would be judged as the code 97 on
 *       one and not on the other. {@link #integralConstant} reads {@code int}, {@code long}, {@code
 *       short} and {@code byte} constants, never a {@code char}, on every release.
 *   <li>{@code ASTHelpers.targetType} returns {@code ASTHelpers.TargetType} in 2.36.0 and a
 *       top-level {@code TargetType} in 2.42.0: a jar compiled against one fails with {@code
 *       NoSuchMethodError} on the other. The checks do not call it.
 *   <li>{@code ASTHelpers.scope} (an {@code ErrorProneScope} over a javac {@code Scope}) is in
 *       2.36.0 and gone from 2.42.0. The checks read javac's {@code Scope} directly.
 *   <li>{@code Description.position} is a javac {@code DiagnosticPosition} in 2.36.0 and an Error
 *       Prone {@code ErrorPronePosition} in 2.52.0: reading the field as compiled against one is a
 *       {@code NoSuchFieldError} on the other. {@link #flaggedTree} reads it on every release.
 * </ul>
 */
public final class ErrorProneApi {
  private ErrorProneApi() {}

  /** {@code Description.position} and {@code .fixes}, looked up once: they are read per finding. */
  private static final @Nullable Field POSITION = field("position");

  private static final @Nullable Field FIXES = field("fixes");

  private static @Nullable Field field(String name) {
    try {
      return Description.class.getField(name);
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The value of an {@code int}, {@code long}, {@code short} or {@code byte} compile-time constant;
   * null for anything else ({@code char} included: see above).
   */
  public static @Nullable Long integralConstant(Tree tree) {
    // An expression's type is its field: ASTHelpers.getType tests for every kind of declaration
    // first, and this runs for nearly every operand of the user's code.
    Type type =
        tree instanceof JCExpression expression ? expression.type : ASTHelpers.getType(tree);
    if (type == null) {
      return null;
    }
    TypeTag tag = type.getTag();
    if (tag != TypeTag.INT && tag != TypeTag.LONG && tag != TypeTag.SHORT && tag != TypeTag.BYTE) {
      return null;
    }
    // A short or byte constant is widened where it meets an int (static final short X = 695).
    Object value = ASTHelpers.constValue(tree);
    return value instanceof Integer
            || value instanceof Long
            || value instanceof Short
            || value instanceof Byte
        ? ((Number) value).longValue()
        : null;
  }

  /** The value of a {@code char} compile-time constant ({@code case 'A'}), or null. */
  public static @Nullable Long charConstant(Tree tree) {
    Type type = ASTHelpers.getType(tree);
    if (type == null || type.getTag() != TypeTag.CHAR) {
      return null;
    }
    Object value = ASTHelpers.constValue(tree);
    if (value instanceof Character character) {
      return (long) character;
    }
    return value instanceof Integer integer ? (long) integer : null;
  }

  /**
   * The tree a finding flags, or null: the {@code getTree()} of its position, whichever type the
   * release gives the position (see above). Read by reflection, once per finding.
   */
  public static @Nullable Tree flaggedTree(Description description) {
    try {
      if (POSITION == null) {
        return null;
      }
      Object position = POSITION.get(description);
      if (position instanceof DiagnosticPosition diagnostic) {
        return diagnostic.getTree();
      }
      if (position == null) {
        return null;
      }
      // ErrorPronePosition (2.52.0), a public interface: its getTree, not the implementation's.
      for (Class<?> type : position.getClass().getInterfaces()) {
        if (type.getSimpleName().equals("ErrorPronePosition")) {
          Object tree = type.getMethod("getTree").invoke(position);
          return tree instanceof Tree found ? found : null;
        }
      }
      return null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** A finding's fixes, in order of preference, whichever type the release gives the field. */
  public static List<Fix> fixesOf(Description description) {
    try {
      if (FIXES == null) {
        return List.of();
      }
      return elementsOf(FIXES.get(description), Fix.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return List.of();
    }
  }

  /** {@code Fix.getReplacements}, whichever end-position table this release takes. */
  private static final @Nullable Method GET_REPLACEMENTS = getReplacements();

  /** {@code ErrorProneEndPosTable.create(CompilationUnitTree)}, where the release has it. */
  private static final @Nullable Method CREATE_END_POSITIONS = createEndPositions();

  private static @Nullable Method getReplacements() {
    for (Method method : Fix.class.getMethods()) {
      if (method.getName().equals("getReplacements")
          && method.getParameterCount() == 1
          && !method.isDefault()) {
        return method;
      }
    }
    return null;
  }

  private static @Nullable Method createEndPositions() {
    if (GET_REPLACEMENTS == null) {
      return null;
    }
    Class<?> table = GET_REPLACEMENTS.getParameterTypes()[0];
    try {
      return table.getMethod("create", CompilationUnitTree.class);
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A fix's replacements in its compilation unit, as Error Prone's patch mode applies them (imports
   * apart); empty where this release's API cannot be called.
   */
  public static List<Replacement> replacementsOf(Fix fix, JCCompilationUnit unit) {
    if (GET_REPLACEMENTS == null) {
      return List.of();
    }
    try {
      Object table =
          CREATE_END_POSITIONS != null
              ? CREATE_END_POSITIONS.invoke(null, unit)
              : unit.endPositions;
      return elementsOf(GET_REPLACEMENTS.invoke(fix, table), Replacement.class);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return List.of();
    }
  }

  /** The elements of a collection read by reflection, those of the type the caller knows. */
  private static <T> List<T> elementsOf(@Nullable Object collection, Class<T> type) {
    List<T> elements = new ArrayList<>();
    if (collection instanceof Iterable<?> each) {
      for (Object element : each) {
        if (type.isInstance(element)) {
          elements.add(type.cast(element));
        }
      }
    }
    return elements;
  }
}
