/**
 * One scenario's patient as a self-contained model for other tools
 * ({@link org.cytostorm.physiology.export.ScenarioExport}): the scenario's parameter values, its
 * scheduled doses as events at fixed times ({@link org.cytostorm.physiology.export.DoseEvents}),
 * and every variable's unit declared ({@link org.cytostorm.physiology.export.ExportUnits}, from
 * the parameter table's unit texts read by {@link org.cytostorm.physiology.export.UnitText}). The
 * SBML and text writers are the {@code sbml} and {@code engine} modules'; {@code cytostorm export}
 * calls them.
 */
package org.cytostorm.physiology.export;
