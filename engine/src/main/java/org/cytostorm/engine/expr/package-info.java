/**
 * Expressions: an immutable tree ({@link org.cytostorm.engine.expr.Expr}) shared by the model, the lowered
 * system and both evaluators; builders that fold constants, an infix printer, and symbolic differentiation.
 */
package org.cytostorm.engine.expr;
