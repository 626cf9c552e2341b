/**
 * The {@code cytostorm} command line: one class per subcommand; parses arguments, calls the engine and
 * presents results. Holds no science.
 */
package org.cytostorm.cli;
