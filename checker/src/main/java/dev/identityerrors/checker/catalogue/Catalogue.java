package dev.identityerrors.checker.catalogue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.CompletionFailure;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.model.JavacElements;
import com.sun.tools.javac.util.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/**
 * The LUSID Identity error codes as the user's compile class path defines them: read once per
 * compilation from the symbols of {@code dev.identityerrors.IdentityErrorCodes}, never from a list
 * of the checker's own, so a newer catalogue needs no new checker.
 */
public final class Catalogue {
  public static final String CODES_CLASS = "dev.identityerrors.IdentityErrorCodes";
  public static final String CATEGORY_ANNOTATION = CODES_CLASS + ".Category";
  public static final String CODE_ANNOTATION = "dev.identityerrors.IdentityErrorCode";

  /** The category given to a constant whose {@code @Category} is missing or unreadable. */
  public static final String UNCATEGORISED = "UNCATEGORISED";

  /** One catalogue constant. */
  public record Entry(long code, String constant, String category) {}

  /** This compilation's catalogue, read once, kept with the compilation (javac's Context). */
  private static final Context.Key<Optional<Catalogue>> KEY = new Context.Key<>();

  private final ClassSymbol codesClass;
  private final ImmutableList<Entry> entries;
  private final ImmutableMap<Long, Entry> byCode;
  private final ImmutableListMultimap<String, Entry> byCategory;
  private final ImmutableList<String> problems;

  /** The same typo recurs across a code base: its candidates are worked out once. */
  private final Map<Long, ImmutableList<Entry>> likelyMeant = new HashMap<>();

  private Catalogue(
      ClassSymbol codesClass,
      List<Entry> entries,
      Map<Long, Entry> firstByCode,
      List<String> problems) {
    this.codesClass = codesClass;
    this.entries = ImmutableList.copyOf(entries);
    this.byCode = ImmutableMap.copyOf(firstByCode);
    ImmutableListMultimap.Builder<String, Entry> categories = ImmutableListMultimap.builder();
    entries.forEach(entry -> categories.put(entry.category(), entry));
    this.byCategory = categories.build();
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * The catalogue of this compilation, or empty where {@code IdentityErrorCodes} is not on the
   * class path (then every check is silent).
   */
  public static Optional<Catalogue> of(VisitorState state) {
    Optional<Catalogue> catalogue = state.context.get(KEY);
    if (catalogue == null) {
      catalogue = load(state);
      state.context.put(KEY, catalogue);
    }
    return catalogue;
  }

  private static Optional<Catalogue> load(VisitorState state) {
    // Not state.getSymbolFromString: it sees only classes javac has already met, and a file may
    // use the SDK without importing anything of ours. Elements loads the class from the class path.
    TypeElement element;
    try {
      element = JavacElements.instance(state.context).getTypeElement(CODES_CLASS);
    } catch (CompletionFailure unreadable) {
      return Optional.empty();
    }
    if (!(element instanceof ClassSymbol codesClass)) {
      return Optional.empty();
    }
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<Long, Entry> firstByCode = new LinkedHashMap<>();
    for (Symbol member : ASTHelpers.getEnclosedElements(codesClass)) {
      if (!(member instanceof VarSymbol field) || !field.isStatic()) {
        continue;
      }
      String name = field.getSimpleName().toString();
      Object value = field.getConstValue();
      if (!(value instanceof Integer || value instanceof Long)) {
        problems.add(name + " is not an int compile-time constant");
        continue;
      }
      long code = ((Number) value).longValue();
      String category = category(field);
      if (category == null) {
        problems.add(name + " has no @Category");
        category = UNCATEGORISED;
      }
      Entry entry = new Entry(code, name, category);
      Entry previous = firstByCode.putIfAbsent(code, entry);
      if (previous != null) {
        problems.add(name + " repeats code " + code + " of " + previous.constant());
      }
      entries.add(entry);
    }
    if (entries.isEmpty()) {
      problems.add("it declares no error codes");
    }
    return Optional.of(new Catalogue(codesClass, entries, firstByCode, problems));
  }

  private static @Nullable String category(VarSymbol field) {
    for (Attribute.Compound annotation : field.getAnnotationMirrors()) {
      if (!annotation.type.tsym.getQualifiedName().contentEquals(CATEGORY_ANNOTATION)) {
        continue;
      }
      for (Map.Entry<Symbol.MethodSymbol, Attribute> element :
          annotation.getElementValues().entrySet()) {
        if (element.getValue() instanceof Attribute.Enum category) {
          return category.value.getSimpleName().toString();
        }
      }
    }
    return null;
  }

  /** The catalogue constant with this code, if any. */
  public Optional<Entry> lookup(long code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every constant, in declaration order. */
  public ImmutableList<Entry> entries() {
    return entries;
  }

  /** Constants by category; categories in order of their first constant. */
  public ImmutableListMultimap<String, Entry> byCategory() {
    return byCategory;
  }

  /** Whether the symbol is one of the catalogue's own constants. */
  public boolean isCatalogueConstant(Symbol symbol) {
    // Symbols are canonical in a compilation: equals is identity, spelled so for every release.
    return symbol instanceof VarSymbol && codesClass.equals(symbol.owner);
  }

  /** The fully qualified name of the class that holds the constants. */
  public String codesClassName() {
    return codesClass.getQualifiedName().toString();
  }

  /**
   * What is wrong with the catalogue class itself (a constant without category, a repeated code, a
   * field that is not a constant); empty for a well-formed catalogue.
   */
  public ImmutableList<String> problems() {
    return problems;
  }

  /**
   * The catalogue codes a mistyped value most likely meant: the one code an adjacent-digit swap
   * away (695 for 659) if exactly one is; otherwise every code one digit substitution, insertion or
   * deletion away. One result is a safe fix; several are only a hint.
   */
  public ImmutableList<Entry> likelyMeant(long value) {
    ImmutableList<Entry> meant = likelyMeant.get(value);
    if (meant == null) {
      meant = computeLikelyMeant(value);
      likelyMeant.put(value, meant);
    }
    return meant;
  }

  private ImmutableList<Entry> computeLikelyMeant(long value) {
    return Typos.likelyMeant(value, byCode.values(), Entry::code);
  }
}
