package org.cytostorm.engine.solve.observe;

import java.util.Objects;

/** A variable crossing a level; see {@link EventDetector#threshold}. Immutable. */
final class ThresholdDetector implements EventDetector {

    private final String variable;
    private final double level;
    private final DetectionSettings settings;

    ThresholdDetector(String variable, double level, DetectionSettings settings) {
        this.variable = Objects.requireNonNull(variable, "variable");
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("the level of a threshold on '" + variable + "' must be finite, not "
                    + level);
        }
        this.level = level;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public double g(double t, Observation state) {
        return state.value(variable) - level;
    }

    @Override
    public DetectionSettings settings() {
        return settings;
    }

    @Override
    public EventDetector withSettings(DetectionSettings newSettings) {
        return new ThresholdDetector(variable, level, newSettings);
    }

    @Override
    public String toString() {
        return variable + " crossing " + level + " (" + settings.direction() + ")";
    }
}
