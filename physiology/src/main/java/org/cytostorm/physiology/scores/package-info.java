/**
 * Clinical scoring rules, implemented exactly as published, as pure functions of their inputs.
 *
 * <ul>
 * <li>{@link org.cytostorm.physiology.scores.AstctCrs}: ASTCT CRS grade (Lee 2019,
 * doi:10.1016/j.bbmt.2018.12.758) and the legacy Lee 2014 grade
 * ({@link org.cytostorm.physiology.scores.Lee2014Crs}).
 * <li>{@link org.cytostorm.physiology.scores.Icans}: ICE score and adult ICANS grade (Lee 2019).
 * <li>{@link org.cytostorm.physiology.scores.Sofa}: SOFA (Vincent 1996; Sepsis-3,
 * doi:10.1001/jama.2016.0287).
 * <li>{@link org.cytostorm.physiology.scores.Sepsis3}: sepsis, septic shock and qSOFA (Singer
 * 2016, doi:10.1001/jama.2016.0287).
 * <li>{@link org.cytostorm.physiology.scores.Kdigo}: KDIGO 2012 AKI stage, from a sampled history.
 * <li>{@link org.cytostorm.physiology.scores.Berlin}: Berlin ARDS severity (JAMA 2012,
 * doi:10.1001/jama.2012.5669).
 * <li>{@link org.cytostorm.physiology.scores.HScore}: HScore for reactive hemophagocytic syndrome
 * (Fardet 2014, doi:10.1002/art.38690).
 * <li>{@link org.cytostorm.physiology.scores.Hlh2004}: HLH-2004 diagnostic criteria (Henter 2007,
 * doi:10.1002/pbc.21039).
 * <li>{@link org.cytostorm.physiology.scores.IsthDic}: ISTH overt DIC score (Taylor 2001,
 * pmid:11816725).
 * </ul>
 *
 * <p>Inputs are records (or plain arguments) in the units of the published tables, validated on
 * construction: NaN, infinite and impossible negative values throw
 * {@link java.lang.IllegalArgumentException}. Each input record says which inputs a simulator can
 * only supply as proxies. Where a published table leaves a gap between rows, the class that
 * implements it says how the gap is closed. No dependencies beyond the JDK.
 */
package org.cytostorm.physiology.scores;
