/**
 * The SBML Test Suite runner: reads a suite folder ({@link org.cytostorm.sbml.testsuite.SuiteIndex}),
 * each case's settings and expected results ({@link org.cytostorm.sbml.testsuite.CaseSettings},
 * {@link org.cytostorm.sbml.testsuite.ExpectedResults}), runs cases
 * ({@link org.cytostorm.sbml.testsuite.CaseRunner}, {@link org.cytostorm.sbml.testsuite.SuiteRunner}),
 * judges every point with the suite's rule ({@link org.cytostorm.sbml.testsuite.PassCriterion}) and
 * reports ({@link org.cytostorm.sbml.testsuite.TierSummary},
 * {@link org.cytostorm.sbml.testsuite.SuiteReports}). The command {@code cytostorm sbml-test-suite}
 * drives it; {@code docs/sbml-conformance.md} is its Markdown report of a full run.
 */
package org.cytostorm.sbml.testsuite;
