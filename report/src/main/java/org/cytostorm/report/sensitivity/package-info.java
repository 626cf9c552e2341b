/** report.html of a sensitivity analysis: ranked bar charts of the indices per readout, and tables. */
package org.cytostorm.report.sensitivity;
