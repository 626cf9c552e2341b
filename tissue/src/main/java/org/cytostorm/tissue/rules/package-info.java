/**
 * The rules table in PhysiCell's grammar (cell type, signal, direction, behaviour, value, half-max,
 * Hill), parsed into behaviours each cell evaluates from what it senses.
 */
package org.cytostorm.tissue.rules;
