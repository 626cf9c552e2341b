/**
 * Bad input, located: {@link org.cytostorm.common.input.InputException} names the file (or the
 * command-line option), the line and the key of a problem, for every reader of every module, and
 * {@link org.cytostorm.common.input.Names} suggests the name a user probably meant.
 */
package org.cytostorm.common.input;
