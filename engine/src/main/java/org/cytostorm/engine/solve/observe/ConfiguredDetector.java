package org.cytostorm.engine.solve.observe;

import java.util.Objects;

/** A detector's g with settings of its own: what {@link EventDetector#withSettings} makes of any detector. */
final class ConfiguredDetector implements EventDetector {

    private final EventDetector function;
    private final DetectionSettings settings;

    ConfiguredDetector(EventDetector function, DetectionSettings settings) {
        this.function = Objects.requireNonNull(function, "function");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public double g(double t, Observation state) {
        return function.g(t, state);
    }

    @Override
    public DetectionSettings settings() {
        return settings;
    }

    @Override
    public EventDetector withSettings(DetectionSettings newSettings) {
        return new ConfiguredDetector(function, newSettings);
    }

    @Override
    public String toString() {
        return function + " " + settings;
    }
}
