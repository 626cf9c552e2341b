/**
 * The tissue config (YAML): grid, clock, fields, cell types, layout, rules as data, switches, drugs
 * and coupling, read with every problem located (file, line, key) and every setting recorded;
 * {@code --set} overrides by dotted path.
 */
package org.cytostorm.tissue.config;
