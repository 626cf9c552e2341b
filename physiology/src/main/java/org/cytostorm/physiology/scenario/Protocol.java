package org.cytostorm.physiology.scenario;

import org.cytostorm.physiology.treat.Treatments;

/**
 * A care protocol: whether the standard supportive care runs (the model's own events and
 * norepinephrine controller, {@code care_on}) and the drug rules and doses that go with it.
 *
 * @param name        the protocol's name
 * @param description what it does, with its sources
 * @param support     true when supportive care is on
 * @param treatments  its rules (and any scheduled doses)
 */
public record Protocol(String name, String description, boolean support, Treatments treatments) {
}
