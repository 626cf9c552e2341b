/**
 * Scenarios and what they name: the scenario file ({@link org.cytostorm.physiology.scenario.ScenarioReader},
 * bound to a patient model), the trigger catalogue ({@link org.cytostorm.physiology.scenario.TriggerCatalogue}),
 * the built-in scenarios, and the care protocols a model offers
 * ({@link org.cytostorm.physiology.scenario.ProtocolLibrary}, {@link org.cytostorm.physiology.scenario.ProtocolReader}).
 * Every problem is an {@link org.cytostorm.common.input.InputException} naming file, line and key.
 */
package org.cytostorm.physiology.scenario;
