/**
 * Global sensitivity analysis: which parameters move which readout, over the parameters'
 * distributions or plausible ranges. {@link org.cytostorm.sensitivity.design} lays out the points
 * (Saltelli's radial matrices on a Sobol quasi-random sequence; Morris trajectories),
 * {@link org.cytostorm.sensitivity.evaluate} turns a point into readouts (a text or SBML model, or
 * a patient scenario), {@link org.cytostorm.sensitivity.estimate} turns readouts into indices, and
 * {@link org.cytostorm.sensitivity.run} runs the whole in resumable batches on all cores.
 */
package org.cytostorm.sensitivity;
