/**
 * The SBML writer behind {@link org.cytostorm.sbml.SbmlExporter}: the document ({@link
 * org.cytostorm.sbml.write.DocumentWriter}), math ({@link org.cytostorm.sbml.write.MathWriter}),
 * annotations ({@link org.cytostorm.sbml.write.AnnotationWriter}, MIRIAM qualifiers and
 * identifiers.org URIs).
 */
package org.cytostorm.sbml.write;
