package dev.identityerrors.checker.analysis;

import com.sun.source.tree.ExpressionTree;

/**
 * A compile-time constant that meets a code-typed declaration or expression.
 *
 * @param tree the constant as written, inside any parentheses and casts: the literal with its sign
 *     for a literal, which is what a fix replaces
 * @param value the constant's value
 * @param literal whether it is written as a number ({@code 657}, {@code -1}, {@code 657L}) rather
 *     than a named constant or a constant expression
 */
public record CodeConstant(ExpressionTree tree, long value, boolean literal) {}
