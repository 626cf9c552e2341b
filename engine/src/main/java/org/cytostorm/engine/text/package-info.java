/**
 * cytostorm's human-readable model text: a documented subset of Antimony (the language of
 * tellurium and libAntimony), so that model files move between cytostorm and tellurium users.
 *
 * <p>{@link org.cytostorm.engine.text.AntimonyParser} reads text into a validated
 * {@link org.cytostorm.engine.model.Model}; {@link org.cytostorm.engine.text.AntimonyWriter} writes a
 * model back as text that the parser reads to an equal model and libAntimony accepts. Problems are
 * reported as {@link org.cytostorm.engine.text.ModelParseException} with source, line and column.
 *
 * <p>Inside, one class per step: {@code Lexer} (tokens), {@code StatementParser} and
 * {@code ExpressionParser} (recursive descent into {@code Statement}s), {@code AnnotationLineParser}
 * (the {@code //@} extension), then {@code ModelAssembler} with {@code ElementTable} (what each
 * name is), {@code UnitResolver}, {@code AnnotationCollector} and {@code UseChecker}. The format
 * itself is specified in {@code docs/model-format.md} at the repository root.
 */
package org.cytostorm.engine.text;
