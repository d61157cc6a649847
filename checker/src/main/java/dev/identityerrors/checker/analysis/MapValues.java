package dev.identityerrors.checker.analysis;

import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the maps of one compilation unit (or method) are filled with and where their values and
 * entries are read, for maps whose values can be codes ({@code Map<String, Integer>}): the values
 * of {@code put}, {@code putIfAbsent}, {@code replace} and of a {@code Map.of} initialiser; the
 * for-each variables and lambda parameters that receive a value ({@code m.values()}, {@code
 * m.forEach((k, v) -> ..)}) or an entry ({@code m.entrySet()}). A map whose values may come from
 * elsewhere (passed to a method, returned, aliased, initialised from a call, {@code putAll}, {@code
 * merge}, {@code compute*}) has unknown values. Read in a scan of its own, when {@link ValueFlows}
 * is first asked about maps.
 */
final class MapValues {
  /** Calls on a map whose values come from elsewhere. */
  private static final ImmutableSet<String> UNKNOWN_FILLERS =
      ImmutableSet.of(
          "putAll", "merge", "compute", "computeIfAbsent", "computeIfPresent", "replaceAll");

  /** Stream steps that keep the entries or values they are given. */
  private static final ImmutableSet<String> KEEPING =
      ImmutableSet.of("stream", "filter", "sorted", "peek", "distinct", "limit", "skip");

  private final KnownNames names;
  private final Map<Symbol, List<ExpressionTree>> values = new HashMap<>();
  private final Set<Symbol> unknown = new HashSet<>();
  private final Map<Symbol, Symbol> valueReaders = new HashMap<>();
  private final Map<Symbol, Symbol> entryReaders = new HashMap<>();
  private final Map<Symbol, Symbol> keyReaders = new HashMap<>();

  /** What the keys read out of each map are compared with ({@link ElementMeetings}). */
  private final Map<Symbol, List<ExpressionTree>> keyKeys = new HashMap<>();

  /** The declarations the keys read out of each map are handed to. */
  private final Map<Symbol, List<Symbol>> keyTakers = new HashMap<>();

  private MapValues(KnownNames names) {
    this.names = names;
  }

  /** The maps of a unit or a method, read in one scan. */
  static MapValues of(Tree unitOrMethod, KnownNames names) {
    MapValues maps = new MapValues(names);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (tree.getInitializer() != null) {
          maps.assigned(ASTHelpers.getSymbol(tree), tree.getInitializer());
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        maps.assigned(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        if (tree.getExpression() != null) {
          maps.escapes(tree.getExpression());
        }
        return super.visitReturn(tree, null);
      }

      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
        maps.iterated(tree.getExpression(), tree.getVariable(), tree.getStatement());
        return super.visitEnhancedForLoop(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method) {
          maps.called(tree, method);
        }
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitNewClass(NewClassTree tree, Void unused) {
        for (ExpressionTree argument : tree.getArguments()) {
          maps.escapes(argument);
        }
        return super.visitNewClass(tree, null);
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
        maps.escapes(tree.getQualifierExpression());
        return super.visitMemberReference(tree, null);
      }
    }.scan(unitOrMethod, null);
    return maps;
  }

  /** Whether a variable of this type is a map whose values may be codes. */
  static boolean mayHoldCodeValues(Type type, KnownNames names) {
    return mayHoldCodesAt(type, 1, names);
  }

  /** Whether the map's keys ({@code 0}) or values ({@code 1}) may be codes; false for no map. */
  private static boolean mayHoldCodesAt(@Nullable Type type, int position, KnownNames names) {
    Type map = names.asMap(type);
    return map != null && names.mayHoldCode(TypeSlots.upper(map.getTypeArguments().get(position)));
  }

  /** The values put in the map in this unit; null if some may come from elsewhere. */
  @Nullable List<ExpressionTree> valuesOf(Symbol map) {
    return unknown.contains(map) ? null : values.getOrDefault(map, List.of());
  }

  /** The map a variable receives values of ({@code for (int c : m.values())}), or null. */
  @Nullable Symbol valueMapOf(Symbol reader) {
    return valueReaders.get(reader);
  }

  /** The map a variable receives entries of ({@code for (var e : m.entrySet())}), or null. */
  @Nullable Symbol entryMapOf(Symbol reader) {
    return entryReaders.get(reader);
  }

  /** The map a lambda parameter receives keys of ({@code m.forEach((k, v) -> ..)}), or null. */
  @Nullable Symbol keyMapOf(Symbol reader) {
    return keyReaders.get(reader);
  }

  /**
   * What the keys read out of the map here are compared with: {@code m.forEach((k, v) -> { if (k ==
   * code) .. })}, {@code for (var e : m.entrySet()) if (e.getKey() == code)}.
   */
  List<ExpressionTree> keysComparedOf(Symbol map) {
    return keyKeys.getOrDefault(map, List.of());
  }

  /** The declarations the keys read out of the map here are handed to as they are. */
  List<Symbol> keyTakersOf(Symbol map) {
    return keyTakers.getOrDefault(map, List.of());
  }

  /**
   * A key of the map read by the reader (an entry's {@code getKey()}) within the scope; read only
   * where the map's keys may be codes, as {@link ValueFlows} reads only collections of numbers.
   */
  private void keyRead(Symbol map, @Nullable Symbol reader, boolean entry, @Nullable Tree scope) {
    if (!mayHoldCodesAt(map.type, 0, names)) {
      return;
    }
    ElementMeetings.scan(
        reader,
        entry,
        scope,
        names,
        new ElementMeetings.Sink(
            keyKeys.computeIfAbsent(map, unused -> new ArrayList<>())::add,
            keyTakers.computeIfAbsent(map, unused -> new ArrayList<>())::add));
  }

  /** The map variable of code values an expression reads, or null. */
  private @Nullable VarSymbol mapIn(ExpressionTree expression) {
    VarSymbol variable = CodeCollections.variableOf(expression);
    return variable != null && mayHoldCodeValues(variable.type, names) ? variable : null;
  }

  /** The map variable an expression reads, whatever its values, or null. */
  private @Nullable VarSymbol anyMapIn(ExpressionTree expression) {
    VarSymbol variable = CodeCollections.variableOf(expression);
    return variable != null && names.asMap(variable.type) != null ? variable : null;
  }

  /** A declaration or an assignment: what it fills the map with, or that it is unknown. */
  private void assigned(Symbol variable, ExpressionTree value) {
    VarSymbol aliased = mapIn(value);
    if (aliased != null) {
      unknown.add(aliased);
    }
    if (variable == null || !mayHoldCodeValues(variable.type, names) || value == null) {
      return;
    }
    ExpressionTree tree = stripParensAndCasts(value);
    if (tree instanceof NewClassTree newClass) {
      if (newClass.getArguments().isEmpty()) {
        return;
      }
      if (newClass.getArguments().size() == 1
          && CodeCollections.mayFill(newClass.getArguments().get(0))) {
        tree = stripParensAndCasts(newClass.getArguments().get(0));
      } else if (newClass.getArguments().stream().noneMatch(this::isMap)) {
        // new HashMap<>(16, 0.75f), new EnumMap<>(Op.class), new TreeMap<>(comparator): empty.
        return;
      }
    }
    List<ExpressionTree> filled = CodeCollections.mapValuesIn(tree);
    if (filled == null) {
      unknown.add(variable);
    } else {
      values.computeIfAbsent(variable, unused -> new ArrayList<>()).addAll(filled);
    }
  }

  private boolean isMap(ExpressionTree argument) {
    return names.asMap(ASTHelpers.getType(argument)) != null;
  }

  /** A variable read where it may escape: an argument, a returned value, a method reference. */
  private void escapes(ExpressionTree expression) {
    VarSymbol map = mapIn(expression);
    if (map != null) {
      unknown.add(map);
    }
  }

  /** A call: a put on a map, or a read of its values or entries by a lambda. */
  private void called(MethodInvocationTree call, MethodSymbol method) {
    for (ExpressionTree argument : call.getArguments()) {
      escapes(argument);
    }
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    List<? extends ExpressionTree> arguments = call.getArguments();
    VarSymbol anyMap = receiver == null ? null : anyMapIn(receiver);
    if (anyMap == null) {
      readByLambdaOrEntry(receiver, arguments, method);
      return;
    }
    // Only calls on a map variable get here: their names are worth a string.
    String name = method.getSimpleName().toString();
    if (name.equals("forEach")
        && arguments.size() == 1
        && stripParensAndCasts(arguments.get(0)) instanceof LambdaExpressionTree pairs
        && pairs.getParameters().size() == 2) {
      read(keyReaders, pairs.getParameters().get(0), anyMap);
      read(valueReaders, pairs.getParameters().get(1), anyMap);
      keyRead(anyMap, ASTHelpers.getSymbol(pairs.getParameters().get(0)), false, pairs.getBody());
      return;
    }
    Symbol keyTaker =
        name.equals("forEach") && arguments.size() == 1
            ? ElementMeetings.referenceParameter(arguments.get(0), 2)
            : null;
    if (keyTaker != null && mayHoldCodesAt(anyMap.type, 0, names)) {
      keyTakers.computeIfAbsent(anyMap, unused -> new ArrayList<>()).add(keyTaker);
    }
    VarSymbol map = mayHoldCodeValues(anyMap.type, names) ? anyMap : null;
    if (map != null) {
      switch (name) {
        case "put", "putIfAbsent" -> {
          if (arguments.size() == 2) {
            values.computeIfAbsent(map, unused -> new ArrayList<>()).add(arguments.get(1));
          }
        }
        case "replace" -> {
          if (arguments.size() >= 2) {
            values
                .computeIfAbsent(map, unused -> new ArrayList<>())
                .add(arguments.get(arguments.size() - 1));
          }
        }
        default -> {
          if (UNKNOWN_FILLERS.contains(name)) {
            unknown.add(map);
          }
        }
      }
      return;
    }
    readByLambdaOrEntry(receiver, arguments, method);
  }

  private void readByLambdaOrEntry(
      ExpressionTree receiver, List<? extends ExpressionTree> arguments, MethodSymbol method) {
    // e.setValue(x) on an entry of a map read here.
    if (arguments.size() == 1 && !entryReaders.isEmpty()) {
      Symbol entries = entryReaders.get(CodeCollections.variableOf(receiver));
      if (entries != null && method.getSimpleName().contentEquals("setValue")) {
        values.computeIfAbsent(entries, unused -> new ArrayList<>()).add(arguments.get(0));
      }
    }
    // m.values().forEach(v -> ..), m.entrySet().stream().filter(e -> ..)
    if (arguments.size() == 1
        && stripParensAndCasts(arguments.get(0)) instanceof LambdaExpressionTree lambda
        && lambda.getParameters().size() == 1) {
      VariableTree parameter = lambda.getParameters().get(0);
      ExpressionTree source = viewRead(receiver);
      readView(source, parameter, lambda.getBody());
    }
  }

  /** A for-each over {@code m.values()} or {@code m.entrySet()}. */
  private void iterated(ExpressionTree collection, VariableTree variable, Tree statement) {
    readView(stripParensAndCasts(collection), variable, statement);
  }

  private void readView(@Nullable ExpressionTree view, Tree variable, Tree scope) {
    if (!(view instanceof MethodInvocationTree call) || !call.getArguments().isEmpty()) {
      return;
    }
    VarSymbol map = anyMapIn(ASTHelpers.getReceiver(call));
    Symbol called = ASTHelpers.getSymbol(call.getMethodSelect());
    if (map == null || called == null) {
      return;
    }
    if (called.getSimpleName().contentEquals("values")) {
      read(valueReaders, variable, map);
    } else if (called.getSimpleName().contentEquals("entrySet")) {
      read(entryReaders, variable, map);
      keyRead(map, ASTHelpers.getSymbol(variable), true, scope);
    }
  }

  /** Through {@code .stream()}, {@code .filter(..)}, ...: the view a stream step reads from. */
  private static @Nullable ExpressionTree viewRead(ExpressionTree receiver) {
    ExpressionTree tree = receiver == null ? null : stripParensAndCasts(receiver);
    for (int depth = 0; depth < 8 && tree instanceof MethodInvocationTree call; depth++) {
      Symbol called = ASTHelpers.getSymbol(call.getMethodSelect());
      if (called == null || !KEEPING.contains(called.getSimpleName().toString())) {
        return tree;
      }
      tree = stripParensAndCasts(ASTHelpers.getReceiver(call));
    }
    return tree;
  }

  private static void read(Map<Symbol, Symbol> readers, Tree variable, Symbol map) {
    Symbol reader = ASTHelpers.getSymbol(variable);
    if (reader != null) {
      readers.put(reader, map);
    }
  }
}
