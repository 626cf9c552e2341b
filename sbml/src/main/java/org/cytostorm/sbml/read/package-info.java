/**
 * SBML Level 2 and 3 into the engine's model: elements, math, events and units, with what cytostorm
 * cannot represent refused by name.
 */
package org.cytostorm.sbml.read;
