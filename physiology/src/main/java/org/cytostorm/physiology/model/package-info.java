/**
 * The patient model as a value: its equations ({@code patient.ant}) joined with its parameter table
 * ({@code parameters.tsv}: value, unit, plausible range, population
 * {@link org.cytostorm.physiology.model.Distribution}, evidence grade and source of every parameter),
 * compiled once on first use ({@link org.cytostorm.physiology.model.PatientModel}). A research variant
 * is a {@code PatientModel} of other equations or another table.
 */
package org.cytostorm.physiology.model;
