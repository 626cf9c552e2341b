/**
 * The patient model and everything needed to run one virtual patient: the model text and its
 * parameter table ({@link org.cytostorm.physiology.model}), scenario files and the trigger
 * catalogue ({@link org.cytostorm.physiology.scenario}), the run itself and its clinical readouts
 * ({@link org.cytostorm.physiology.run}), the clinical scoring rules
 * ({@link org.cytostorm.physiology.scores}), the drugs, doses and protocol rules
 * ({@link org.cytostorm.physiology.treat}) and a scenario's patient as a self-contained model with
 * units, for SBML and the text format ({@link org.cytostorm.physiology.export}). Its outputs are drawn by the report module; nothing
 * here presents.
 *
 * <p>The biology lives in text resources ({@code patient.ant}, {@code parameters.tsv},
 * {@code triggers.yaml}); Java holds what the model text cannot express: the clinical scores that
 * need history (KDIGO), enumerated grading tables and scenario validation.
 */
package org.cytostorm.physiology;
