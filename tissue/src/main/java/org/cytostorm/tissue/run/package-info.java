/**
 * Running a tissue config to the end: recording rows, handing frames to a
 * {@link org.cytostorm.tissue.run.FrameSink}, checkpointing and resuming
 * ({@link org.cytostorm.tissue.run.TissueRunner}), and the front speed of the dead tissue.
 */
package org.cytostorm.tissue.run;
