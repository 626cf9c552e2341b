/** Where a sensitivity analysis evaluates: points of the unit hypercube, one coordinate per factor. */
package org.cytostorm.sensitivity.design;
