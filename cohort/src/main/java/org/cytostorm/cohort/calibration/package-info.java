/**
 * Virtual-population calibration to natural-history cohort targets: a pool of plausible patients
 * is drawn from the default population and simulated once; each patient then gets a weight, the
 * closest to uniform (maximum entropy) that makes the weighted cohort statistics meet the targets
 * (entropy balancing: Hainmueller, Political Analysis 2012;20:25; the weighting family of virtual
 * population methods reviewed by Cheng et al., CPT Pharmacometrics Syst Pharmacol 2022). A
 * calibrated cohort is drawn from the weighted pool. Targets are natural history only (incidence,
 * onset, duration, mortality under usual care), never a treatment comparison.
 */
package org.cytostorm.cohort.calibration;
