/**
 * Executing a system's programs: the reference tree-walking interpreter and the compiler that turns
 * programs into JVM bytecode (Janino), with the shared numeric definitions of built-in functions.
 */
package org.cytostorm.engine.eval;
