/** A sensitivity analysis from options to files: resumable batches on all cores, then indices and a report. */
package org.cytostorm.sensitivity.run;
