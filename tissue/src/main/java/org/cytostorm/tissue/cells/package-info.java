/**
 * Cell types as data: kind, state, behaviours and the {@link org.cytostorm.tissue.cells.Paint} a
 * frame draws them in (a name and a colour; the drawing itself is the report module's).
 */
package org.cytostorm.tissue.cells;
