/**
 * SBML: import of Levels 2 and 3 into the engine's model, export to Level 3 Version 2 with
 * annotations, and the SBML Test Suite runner. Built on JSBML; the engine knows nothing of SBML.
 */
package org.cytostorm.sbml;
