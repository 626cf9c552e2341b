/**
 * The outcome of a patient run, read from the clinical grades the run reports: a death hazard on
 * the reported SOFA total ({@link org.cytostorm.physiology.outcome.HazardParameters}), the survival
 * curve and the expected deaths by organ system ({@link org.cytostorm.physiology.outcome.Outcome}),
 * and one sampled fate per (seed, patient) ({@link org.cytostorm.physiology.outcome.SampledOutcome}).
 *
 * <p>Why in Java and not in the model text: the hazard must read the integer SOFA that the outputs
 * report, which is computed by the published tables after the solve; a smooth organ-failure score
 * in the model text ran 3–4 points below it. The outcome is computed on an hourly grid, so it does
 * not depend on the output interval a user asks for.
 */
package org.cytostorm.physiology.outcome;
