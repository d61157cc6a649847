package dev.identityerrors.checker.analysis;

import static dev.identityerrors.checker.analysis.Trees.stripParensAndCasts;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the keys of the maps of one compilation unit (or method) are read, and what they meet
 * there, for maps whose keys can be codes ({@code Map<Integer, String>}): the lambda parameters
 * that receive a key ({@code m.forEach((k, v) -> ..)}), the for-each variables and lambda
 * parameters that receive an entry ({@code m.entrySet()}), and what the keys read are compared with
 * or handed to ({@link ElementMeetings}). A map's keys are a collection queried as any other
 * ({@code KindInference.isCodeCollection}); what a map holds in its values, and what its entries
 * give back, is read from signatures as every generic holder's slots are ({@link TypeSlots}). Read
 * in a scan of its own, when {@link ValueFlows} is first asked about maps.
 */
final class MapKeys {
  /** Stream steps that keep the entries they are given. */
  private static final ImmutableSet<String> KEEPING =
      ImmutableSet.of("stream", "filter", "sorted", "peek", "distinct", "limit", "skip");

  private final KnownNames names;
  private final Map<Symbol, Symbol> entryReaders = new HashMap<>();
  private final Map<Symbol, Symbol> keyReaders = new HashMap<>();

  /** What the keys read out of each map are compared with ({@link ElementMeetings}). */
  private final Map<Symbol, List<ExpressionTree>> keyKeys = new HashMap<>();

  /** The declarations the keys read out of each map are handed to. */
  private final Map<Symbol, List<Symbol>> keyTakers = new HashMap<>();

  private MapKeys(KnownNames names) {
    this.names = names;
  }

  /** The map keys read in a unit or a method, in one scan. */
  static MapKeys of(Tree unitOrMethod, KnownNames names) {
    MapKeys maps = new MapKeys(names);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
        maps.readView(stripParensAndCasts(tree.getExpression()), tree.getVariable(), tree);
        return super.visitEnhancedForLoop(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree.getMethodSelect()) instanceof MethodSymbol method) {
          maps.called(tree, method);
        }
        return super.visitMethodInvocation(tree, null);
      }
    }.scan(unitOrMethod, null);
    return maps;
  }

  /** Whether the map's keys ({@code 0}) or values ({@code 1}) may be codes; false for no map. */
  static boolean mayHoldCodesAt(@Nullable Type type, int position, KnownNames names) {
    Type map = names.asMap(type);
    return map != null && names.mayHoldCode(TypeSlots.upper(map.getTypeArguments().get(position)));
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

  /** The map variable an expression reads, or null. */
  private @Nullable VarSymbol mapIn(@Nullable ExpressionTree expression) {
    VarSymbol variable = CodeCollections.variableOf(expression);
    return variable != null && names.asMap(variable.type) != null ? variable : null;
  }

  /** A call: a map's keys read by a lambda or a method reference, or its entries by a lambda. */
  private void called(MethodInvocationTree call, MethodSymbol method) {
    ExpressionTree receiver = ASTHelpers.getReceiver(call);
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (arguments.size() != 1) {
      return;
    }
    VarSymbol map = receiver == null ? null : mapIn(receiver);
    ExpressionTree argument = stripParensAndCasts(arguments.get(0));
    if (map != null && method.getSimpleName().contentEquals("forEach")) {
      if (argument instanceof LambdaExpressionTree pairs && pairs.getParameters().size() == 2) {
        read(keyReaders, pairs.getParameters().get(0), map);
        keyRead(map, ASTHelpers.getSymbol(pairs.getParameters().get(0)), false, pairs.getBody());
        return;
      }
      Symbol keyTaker = ElementMeetings.referenceParameter(arguments.get(0), 2);
      if (keyTaker != null && mayHoldCodesAt(map.type, 0, names)) {
        keyTakers.computeIfAbsent(map, unused -> new ArrayList<>()).add(keyTaker);
      }
      return;
    }
    // m.entrySet().forEach(e -> ..), m.entrySet().stream().filter(e -> ..)
    if (argument instanceof LambdaExpressionTree lambda && lambda.getParameters().size() == 1) {
      readView(viewRead(receiver), lambda.getParameters().get(0), lambda.getBody());
    }
  }

  /** A reader of {@code m.entrySet()}: a for-each variable or a lambda's parameter. */
  private void readView(@Nullable ExpressionTree view, Tree variable, Tree scope) {
    if (!(view instanceof MethodInvocationTree call) || !call.getArguments().isEmpty()) {
      return;
    }
    VarSymbol map = mapIn(ASTHelpers.getReceiver(call));
    Symbol called = ASTHelpers.getSymbol(call.getMethodSelect());
    if (map != null && called != null && called.getSimpleName().contentEquals("entrySet")) {
      read(entryReaders, variable, map);
      keyRead(map, ASTHelpers.getSymbol(variable), true, scope);
    }
  }

  /** Through {@code .stream()}, {@code .filter(..)}, ...: the view a stream step reads from. */
  private static @Nullable ExpressionTree viewRead(@Nullable ExpressionTree receiver) {
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
