/** From a design point to readouts: a text or SBML model through the engine, or a patient scenario. */
package org.cytostorm.sensitivity.evaluate;
