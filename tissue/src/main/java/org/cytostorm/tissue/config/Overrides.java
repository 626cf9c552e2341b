package org.cytostorm.tissue.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.common.input.InputException;

/**
 * {@code --set KEY=VALUE} overrides, keyed by the dotted path of the setting
 * ({@code mechanisms.inflammatory_death}, {@code fields.il1b.diffusion},
 * {@code cell_types.epithelial.behaviours.uptake il1b}). The reader consults them as it reads each
 * value; an override that no setting consulted names a setting that does not exist.
 */
public final class Overrides {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    public static Overrides none() {
        return new Overrides();
    }

    /** Parses {@code KEY=VALUE} items. */
    public static Overrides parse(List<String> items) {
        Overrides o = new Overrides();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--set", 0, item, "write KEY=VALUE, for example mechanisms.inflammatory_death=false");
            }
            o.values.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim());
        }
        return o;
    }

    public Overrides with(String key, String value) {
        Overrides o = new Overrides();
        o.values.putAll(values);
        o.values.put(key, value);
        return o;
    }

    Optional<String> take(String path) {
        String v = values.get(path);
        if (v != null) {
            used.add(path);
        }
        return Optional.ofNullable(v);
    }

    /** Override keys under {@code prefix} (for settings a file may omit, such as behaviours). */
    List<String> keysUnder(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String k : values.keySet()) {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Fails on the first override no setting consulted. */
    void checkAllUsed(String hint) {
        for (String k : values.keySet()) {
            if (!used.contains(k)) {
                throw new InputException("--set", 0, k, "no such setting; " + hint);
            }
        }
    }
}
