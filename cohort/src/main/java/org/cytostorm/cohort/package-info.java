/**
 * Virtual cohorts and in-silico randomized trials: a population of patients drawn from
 * counter-based random streams ({@code population}), the statistics a trial report needs
 * ({@code stats}), and, built on them, trial specs, runners and endpoints. Depends on
 * {@code physiology} for the patient; holds no presentation (reports live in {@code report}).
 */
package org.cytostorm.cohort;
