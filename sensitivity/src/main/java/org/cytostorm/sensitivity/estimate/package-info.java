/** From readouts at the design's points to indices: Sobol (Saltelli 2010, Jansen 1999) and Morris (μ, μ*, σ). */
package org.cytostorm.sensitivity.estimate;
