/**
 * The tissue's view: frames, animation and report. The model hands over {@link
 * org.cytostorm.tissue.render.Snapshot}s and a {@link org.cytostorm.tissue.render.TissueReportInput};
 * nothing here reaches back into the model.
 *
 * <ul>
 *   <li>{@link org.cytostorm.tissue.render.FrameRenderer}: a snapshot as an image (cells, heat map,
 *       colour bar, legend), laid out by {@link org.cytostorm.tissue.render.FrameLayout}, scaled by
 *       {@link org.cytostorm.tissue.render.FieldScale}, coloured by {@link org.cytostorm.tissue.render.ColourMap};</li>
 *   <li>{@link org.cytostorm.tissue.render.PngFrames}: frames as PNG files;</li>
 *   <li>{@link org.cytostorm.tissue.render.GifAnimation}: PNG frames as a looping GIF;</li>
 *   <li>{@link org.cytostorm.tissue.render.TissueReport}: report.html with charts of the time series.</li>
 * </ul>
 *
 * All files are written atomically: a reader never sees half a file.
 */
package org.cytostorm.tissue.render;
