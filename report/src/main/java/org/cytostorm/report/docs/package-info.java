/**
 * Documentation generated from the model and the simulator themselves, so that it cannot drift from
 * them: the model reference ({@code docs/model.md}), the treatments page, the calibration page, the
 * tissue model page and the column table of {@code docs/outputs.md}.
 * Tests compare the committed files with what these classes generate.
 */
package org.cytostorm.report.docs;
