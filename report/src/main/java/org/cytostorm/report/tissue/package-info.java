/**
 * The tissue's view: frames, animation and report. The model hands over {@link
 * org.cytostorm.tissue.sim.Snapshot}s and a {@link org.cytostorm.report.tissue.TissueReportInput};
 * nothing here reaches back into the model.
 *
 * <ul>
 *   <li>{@link org.cytostorm.report.tissue.FrameRenderer}: a snapshot as an image (cells, heat map,
 *       colour bar, legend), laid out by {@link org.cytostorm.report.tissue.FrameLayout}, scaled by
 *       {@link org.cytostorm.report.tissue.FieldScale}, coloured by {@link org.cytostorm.report.tissue.ColourMap};</li>
 *   <li>{@link org.cytostorm.report.tissue.PngFrames}: frames as PNG files;</li>
 *   <li>{@link org.cytostorm.report.tissue.TissueOutputs}: a run's files; its frames are kept as
 *       snapshots while it runs and drawn at the end, on the scale the user chose
 *       ({@link org.cytostorm.report.tissue.FrameScale}: by default one for the whole run);</li>
 *   <li>{@link org.cytostorm.report.tissue.GifAnimation}: PNG frames as a looping GIF;</li>
 *   <li>{@link org.cytostorm.report.tissue.TissueReport}: report.html with charts of the time series.</li>
 * </ul>
 *
 * All files are written atomically: a reader never sees half a file.
 */
package org.cytostorm.report.tissue;
