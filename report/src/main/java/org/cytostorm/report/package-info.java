/**
 * The output directory every command writes into ({@link org.cytostorm.report.OutputDirectories}):
 * the names it may hold, and its opening as an {@link org.cytostorm.common.io.OutputSet}, replaced
 * whole or not at all. What goes in it is written by the subpackages.
 */
package org.cytostorm.report;
