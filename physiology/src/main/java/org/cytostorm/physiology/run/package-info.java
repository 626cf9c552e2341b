/**
 * One patient's run: {@link org.cytostorm.physiology.run.PatientSimulator} turns a scenario into an
 * ODE problem on its model, supervises the care protocol's rules
 * ({@code ProtocolSupervisor}, one implementation of the engine's {@code Supervisor}), adds the
 * clinical readouts ({@code ClinicalReadouts}) and returns a
 * {@link org.cytostorm.physiology.run.PatientRun}: an immutable result with its inputs, provenance,
 * status and summary. A failed run is a result; {@link org.cytostorm.physiology.run.InputChecks}
 * refuses impossible inputs before any step.
 */
package org.cytostorm.physiology.run;
