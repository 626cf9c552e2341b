/**
 * The model description: immutable records in SBML vocabulary (compartments, species, parameters,
 * reactions, rules, events, functions, units, annotations), a builder, and the validator that rejects
 * what cannot be simulated before anything is compiled.
 */
package org.cytostorm.engine.model;
