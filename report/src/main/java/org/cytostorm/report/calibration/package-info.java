/** report.html of a virtual-population calibration: each target, published against the pool and the calibrated cohort. */
package org.cytostorm.report.calibration;
