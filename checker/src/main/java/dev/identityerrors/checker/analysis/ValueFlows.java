package dev.identityerrors.checker.analysis;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.identityerrors.checker.compat.PatternTrees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import org.jspecify.annotations.Nullable;

/**
 * Where values flow into the declarations of one compilation unit (or one method, for its locals),
 * read in one scan: every value assigned to a variable (initialisers, assignments, pattern
 * bindings), every value a method returns, every argument list a method is called with. The
 * inference in {@link KindInference} asks it "what can this variable hold?" instead of rescanning
 * the tree.
 */
final class ValueFlows {
  // Symbols compare by identity; HashMap allocates its table only on the first entry, and most
  // units have few entries.
  private final Map<Symbol, List<ExpressionTree>> assigned = new HashMap<>();
  private final Map<Symbol, List<ExpressionTree>> returned = new HashMap<>();
  private final Map<Symbol, List<List<? extends ExpressionTree>>> calls = new HashMap<>();
  private final Map<Symbol, ExpressionTree> holderLambdaParameters = new HashMap<>();

  /** The lambda each lambda parameter is declared by. */
  private final Map<Symbol, LambdaExpressionTree> lambdaParameters = new HashMap<>();

  private final Map<LambdaExpressionTree, VarSymbol> functionHolders = new HashMap<>();

  private final Map<Symbol, Symbol> componentBindings = new HashMap<>();

  /** What each collection of numbers is queried with: {@link CodeCollections#keysOf}. */
  private final Map<Symbol, List<ExpressionTree>> collectionKeys = new HashMap<>();

  /** The declarations the elements of each collection of numbers are handed to. */
  private final Map<Symbol, List<Symbol>> collectionTakers = new HashMap<>();

  /** The collection each for-each variable or element-wise lambda parameter reads from. */
  private final Map<Symbol, Symbol> elementCollections = new HashMap<>();

  /**
   * What each for-each variable iterates over, where its type may hold codes in a slot, or it may
   * be a code read from anything but a collection variable ({@code for (int c : m.values())}).
   */
  private final Map<Symbol, ExpressionTree> iterated = new HashMap<>();

  /** Variables changed in place ({@code +=}, {@code ++}) or filled from elsewhere (for-each). */
  private final Set<Symbol> opaque = new HashSet<>();

  /** The variables each parameter is stored in as it is ({@code this.code = code}). */
  private final Map<Symbol, List<Symbol>> storedParameters = new HashMap<>();

  /** Methods referred to ({@code this::handle}): called with what their function type passes. */
  private final Map<Symbol, List<MemberReferenceTree>> references = new HashMap<>();

  private final KnownNames names;

  /** The unit or method read. */
  private final Tree root;

  /**
   * Who reads the keys and entries of the maps of this unit, and what the keys meet: read in a scan
   * of its own when first asked (maps keyed by codes are rare, and the scan above runs for every
   * unit the analysis asks about).
   */
  private @Nullable MapKeys mapKeys;

  /** Read in the same scan as the flows: one pass over a unit answers both. */
  private final HolderUses holders = new HolderUses();

  /** For-each variables and lambda parameters: the only readers of a map's values or keys. */
  private final Set<Symbol> elementReaders = new HashSet<>();

  private ValueFlows(Tree root, KnownNames names) {
    this.root = root;
    this.names = names;
  }

  MapKeys mapKeys() {
    if (mapKeys == null) {
      mapKeys = MapKeys.of(root, names);
    }
    return mapKeys;
  }

  /** Where the unit's generic holders are read, and what its lambdas are passed to. */
  HolderUses holders() {
    return holders;
  }

  /**
   * What a for-each variable iterates over ({@code m.entrySet()} for a {@code Map.Entry<String,
   * Integer> e}, {@code m.values()} for an {@code int c}), or null.
   */
  @Nullable ExpressionTree iteratedBy(Symbol variable) {
    return iterated.get(variable);
  }

  /** Whether the variable is a for-each variable or a lambda parameter of this unit. */
  boolean readsElements(Symbol variable) {
    return elementReaders.contains(variable);
  }

  /**
   * The flows read from a compilation unit, or from one method (which holds every value its locals
   * can be given: the answers about them are the unit's).
   */
  static ValueFlows of(Tree unitOrMethod, KnownNames names) {
    ValueFlows flows = new ValueFlows(unitOrMethod, names);
    flows.new Scanner().scan(unitOrMethod, null);
    return flows;
  }

  /** The values assigned to a variable in this unit, initialiser included; null if opaque. */
  @Nullable List<ExpressionTree> assignedTo(Symbol variable) {
    return opaque.contains(variable)
        ? null
        : assigned.getOrDefault(variable, Collections.emptyList());
  }

  /**
   * The values written to a variable in this unit by assignments, opaque or not (a for-each
   * variable's own values are not among them).
   */
  List<ExpressionTree> writtenTo(Symbol variable) {
    return assigned.getOrDefault(variable, Collections.emptyList());
  }

  /** The values a method with a body in this unit returns; null if it has no body here. */
  @Nullable List<ExpressionTree> returnedBy(Symbol method) {
    return returned.get(method);
  }

  /** The argument lists of every call of the method in this unit; null if it is referred to. */
  @Nullable List<List<? extends ExpressionTree>> callsOf(Symbol method) {
    return references.containsKey(method)
        ? null
        : calls.getOrDefault(method, Collections.emptyList());
  }

  /**
   * The argument lists of every call of the method written in this unit, leaving out the calls
   * through its references ({@link #referencesOf}).
   */
  List<List<? extends ExpressionTree>> writtenCallsOf(Symbol method) {
    return calls.getOrDefault(method, Collections.emptyList());
  }

  /** The method references to the method in this unit ({@code this::page}). */
  List<MemberReferenceTree> referencesOf(Symbol method) {
    return references.getOrDefault(method, Collections.emptyList());
  }

  /**
   * The {@code Optional} or stream whose values a lambda parameter receives ({@code opt.map(c ->
   * ...)}, {@code stream.filter(c -> ...)}), or null.
   */
  @Nullable ExpressionTree holderOf(Symbol lambdaParameter) {
    return holderLambdaParameters.get(lambdaParameter);
  }

  /** The lambda that declares a parameter, or null for any other variable. */
  @Nullable LambdaExpressionTree lambdaOf(Symbol parameter) {
    return lambdaParameters.get(parameter);
  }

  /** What the collection variable is queried with in this unit (keys, compared elements). */
  List<ExpressionTree> keysOf(Symbol collection) {
    return collectionKeys.getOrDefault(collection, Collections.emptyList());
  }

  /** The collection whose elements a for-each variable or lambda parameter reads, or null. */
  @Nullable Symbol collectionOf(Symbol element) {
    return elementCollections.get(element);
  }

  private List<ExpressionTree> keys(Symbol collection) {
    return collectionKeys.computeIfAbsent(collection, unused -> new ArrayList<>());
  }

  private List<Symbol> takers(Symbol collection) {
    return collectionTakers.computeIfAbsent(collection, unused -> new ArrayList<>());
  }

  /** Where what an element of the collection meets goes: its keys and its takers. */
  private ElementMeetings.Sink meetings(Symbol collection) {
    return new ElementMeetings.Sink(keys(collection)::add, takers(collection)::add);
  }

  /**
   * The declarations an element read out of the collection is handed to as it is ({@link
   * ElementMeetings}): {@code for (int c : codes) retry(c)} hands each to {@code retry}'s
   * parameter.
   */
  List<Symbol> takersOf(Symbol collection) {
    return collectionTakers.getOrDefault(collection, Collections.emptyList());
  }

  /** The collection variable of numbers an expression reads its elements from, or null. */
  private @Nullable VarSymbol numbersIn(@Nullable ExpressionTree expression) {
    VarSymbol collection = CodeCollections.variableOf(expression);
    return collection != null && CodeCollections.holdsNumbers(collection.type, names)
        ? collection
        : null;
  }

  /** The record component a pattern binding receives, or null. */
  @Nullable Symbol componentOf(Symbol binding) {
    return componentBindings.get(binding);
  }

  private void assign(Tree variable, ExpressionTree value) {
    Symbol symbol = ASTHelpers.getSymbol(variable);
    if (symbol instanceof VarSymbol holder
        && Trees.stripParensAndCasts(value) instanceof LambdaExpressionTree lambda) {
      functionHolders.put(lambda, holder);
    }
    if (symbol instanceof VarSymbol
        && (names.mayBeInferred(symbol.type)
            || TypeSlots.mayHoldCodes(symbol.type, names)
            || (symbol.type != null && names.isHolder(symbol.type.tsym.getQualifiedName())))) {
      assigned.computeIfAbsent(symbol, unused -> new ArrayList<>()).add(value);
      if (Trees.stripParensAndCasts(value) instanceof IdentifierTree identifier
          && ASTHelpers.getSymbol(identifier) instanceof VarSymbol given
          && given.getKind() == ElementKind.PARAMETER) {
        storedParameters.computeIfAbsent(given, unused -> new ArrayList<>()).add(symbol);
      }
    }
  }

  /**
   * The variable a lambda is written as the initialiser of, or assigned to ({@code IntPredicate
   * retry = c -> ..}), or null.
   */
  @Nullable VarSymbol functionHolderOf(LambdaExpressionTree lambda) {
    return functionHolders.get(lambda);
  }

  /** The variables the parameter is stored in, as it is, in this unit. */
  List<Symbol> storesOf(Symbol parameter) {
    return storedParameters.getOrDefault(parameter, Collections.emptyList());
  }

  /**
   * The variables a pattern binds: one receiving a record component is the component's; any other
   * is given the value matched.
   */
  private void bind(Tree pattern, ExpressionTree matched) {
    PatternTrees.scanBindings(
        pattern,
        (variable, component) -> {
          if (component == null) {
            assign(variable, matched);
            return;
          }
          Symbol binding = ASTHelpers.getSymbol(variable);
          if (binding != null) {
            componentBindings.put(binding, component);
          }
        });
  }

  private void makeOpaque(Tree variable) {
    Symbol symbol = ASTHelpers.getSymbol(variable);
    if (symbol != null) {
      opaque.add(symbol);
    }
  }

  /**
   * Only the calls of methods that no other file can call are ever asked for (private ones, and
   * those of local and anonymous classes): the others are not recorded.
   */
  private static boolean mayBeCalledOnlyHere(Symbol method) {
    if ((method.flags() & Flags.PRIVATE) != 0) {
      return true;
    }
    return method.owner instanceof Symbol.ClassSymbol owner
        && (owner.getNestingKind() == NestingKind.LOCAL
            || owner.getNestingKind() == NestingKind.ANONYMOUS);
  }

  private static Symbol methodOf(MethodInvocationTree call) {
    return ASTHelpers.getSymbol(call.getMethodSelect());
  }

  /** The calls of an optional or a stream whose lambda receives each value it holds. */
  private static final Set<String> HOLDER_VALUE_TAKERS =
      Set.of(
          "map",
          "filter",
          "ifPresent",
          "ifPresentOrElse",
          "flatMap",
          "anyMatch",
          "allMatch",
          "noneMatch",
          "forEach",
          "forEachOrdered",
          "peek",
          "takeWhile",
          "dropWhile",
          "mapToObj",
          "mapToInt",
          "mapToLong",
          "mapToDouble");

  private final class Scanner extends PathScanner {
    @Override
    public Void visitIdentifier(IdentifierTree tree, Void unused) {
      holders.read(tree, scanning, names);
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
      holders.read(tree, scanning, names);
      return super.visitMemberSelect(tree, null);
    }

    /** The method whose returns are being read; null inside a lambda or a class body. */
    private @Nullable Symbol returnTarget;

    private @Nullable Void scanWithReturnTarget(@Nullable Symbol target, Runnable scan) {
      Symbol outer = returnTarget;
      returnTarget = target;
      try {
        scan.run();
      } finally {
        returnTarget = outer;
      }
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      return scanWithReturnTarget(null, () -> super.visitClass(tree, null));
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      Symbol method = ASTHelpers.getSymbol(tree);
      if (tree.getBody() == null
          || !(method instanceof MethodSymbol methodSymbol)
          || !names.mayBeInferred(methodSymbol.getReturnType())) {
        return scanWithReturnTarget(null, () -> super.visitMethod(tree, null));
      }
      returned.computeIfAbsent(method, unused2 -> new ArrayList<>());
      return scanWithReturnTarget(method, () -> super.visitMethod(tree, null));
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      for (VariableTree parameter : tree.getParameters()) {
        Symbol symbol = ASTHelpers.getSymbol(parameter);
        if (symbol != null
            && (names.mayHoldCode(symbol.type) || TypeSlots.mayHoldCodes(symbol.type, names))) {
          lambdaParameters.put(symbol, tree);
        }
        if (symbol != null) {
          elementReaders.add(symbol);
        }
      }
      return scanWithReturnTarget(null, () -> super.visitLambdaExpression(tree, null));
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void unused) {
      List<ExpressionTree> returns = returnTarget == null ? null : returned.get(returnTarget);
      if (returns != null && tree.getExpression() != null) {
        returns.add(tree.getExpression());
      }
      return super.visitReturn(tree, null);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      if (tree.getInitializer() != null) {
        assign(tree, tree.getInitializer());
      }
      return super.visitVariable(tree, null);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      assign(tree.getVariable(), tree.getExpression());
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      makeOpaque(tree.getVariable());
      return super.visitCompoundAssignment(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
            makeOpaque(tree.getExpression());
        default -> {}
      }
      return super.visitUnary(tree, null);
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
      makeOpaque(tree.getVariable());
      Symbol variable = ASTHelpers.getSymbol(tree.getVariable());
      if (variable != null) {
        elementReaders.add(variable);
        if (TypeSlots.mayHoldCodes(variable.type, names)
            || (names.mayBeInferred(variable.type)
                && numbersIn(CodeCollections.source(tree.getExpression())) == null)) {
          iterated.put(variable, tree.getExpression());
        }
      }
      VarSymbol collection = numbersIn(CodeCollections.source(tree.getExpression()));
      Symbol element = ASTHelpers.getSymbol(tree.getVariable());
      if (collection != null && element != null) {
        elementCollections.put(element, collection);
        ElementMeetings.scan(element, false, tree.getStatement(), names, meetings(collection));
      }
      return super.visitEnhancedForLoop(tree, null);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      holders.lambdaArguments(tree, scanning);
      Symbol method = methodOf(tree);
      if (method instanceof MethodSymbol && mayBeCalledOnlyHere(method)) {
        calls.computeIfAbsent(method, unused2 -> new ArrayList<>()).add(tree.getArguments());
      }
      if (method instanceof MethodSymbol methodSymbol && names.mayTouchCollection(methodSymbol)) {
        recordQuery(tree, methodSymbol);
      }
      if (method != null
          && !tree.getArguments().isEmpty()
          && tree.getArguments().get(0) instanceof LambdaExpressionTree lambda
          && lambda.getParameters().size() == 1
          && names.isHolder(method.owner.getQualifiedName())
          && HOLDER_VALUE_TAKERS.contains(method.getSimpleName().toString())) {
        ExpressionTree receiver = ASTHelpers.getReceiver(tree);
        Symbol parameter = ASTHelpers.getSymbol(lambda.getParameters().get(0));
        if (receiver != null && parameter != null) {
          holderLambdaParameters.put(parameter, receiver);
        }
      }
      return super.visitMethodInvocation(tree, null);
    }

    private void recordQuery(MethodInvocationTree call, MethodSymbol method) {
      VarSymbol collection = numbersIn(CodeCollections.queried(call, method));
      if (collection == null) {
        return;
      }
      keys(collection).addAll(CodeCollections.keysOf(call, method));
      LambdaExpressionTree lambda = CodeCollections.elementLambda(call);
      Symbol element = lambda == null ? null : ASTHelpers.getSymbol(lambda.getParameters().get(0));
      if (lambda != null && element != null) {
        elementCollections.put(element, collection);
        ElementMeetings.scan(element, false, lambda.getBody(), names, meetings(collection));
      }
      Symbol takes =
          call.getArguments().size() == 1
              ? ElementMeetings.referenceParameter(call.getArguments().get(0), 1)
              : null;
      if (takes != null) {
        takers(collection).add(takes);
      }
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      Symbol constructor = ASTHelpers.getSymbol(tree);
      if (constructor != null && mayBeCalledOnlyHere(constructor)) {
        calls.computeIfAbsent(constructor, unused2 -> new ArrayList<>()).add(tree.getArguments());
      }
      return super.visitNewClass(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      Symbol method = ASTHelpers.getSymbol(tree);
      if (method != null) {
        references.computeIfAbsent(method, unused2 -> new ArrayList<>()).add(tree);
      }
      return super.visitMemberReference(tree, null);
    }

    @Override
    public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
      Tree pattern = tree.getPattern();
      if (pattern != null) {
        bind(pattern, tree.getExpression());
      }
      return super.visitInstanceOf(tree, null);
    }

    @Override
    public Void visitSwitch(SwitchTree tree, Void unused) {
      bindCases(tree.getExpression(), tree.getCases());
      return super.visitSwitch(tree, null);
    }

    @Override
    public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
      bindCases(tree.getExpression(), tree.getCases());
      return super.visitSwitchExpression(tree, null);
    }

    private void bindCases(ExpressionTree selector, List<? extends CaseTree> cases) {
      for (CaseTree caseTree : cases) {
        for (Tree label : caseTree.getLabels()) {
          bind(label, selector);
        }
      }
    }
  }
}
