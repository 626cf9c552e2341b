package org.cytostorm.tissue.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The numbering of every behaviour for one configuration: the fixed behaviours first, then
 * {@code secrete} and {@code uptake} for each field, then {@code transform to} each cell type. A cell
 * type's behaviour values are a plain array over this numbering, so evaluating rules allocates
 * nothing.
 */
public final class Behaviours {
    private static final BehaviourKind[] FIXED = {
        BehaviourKind.APOPTOSIS, BehaviourKind.INFLAMMATORY_DEATH, BehaviourKind.MIGRATION_SPEED,
        BehaviourKind.CHEMOTAXIS, BehaviourKind.KILL, BehaviourKind.PROLIFERATE, BehaviourKind.RECRUIT,
        BehaviourKind.PLASMA_EXCHANGE,
    };

    private final List<String> fields;
    private final List<String> types;

    public Behaviours(List<String> fields, List<String> types) {
        this.fields = List.copyOf(fields);
        this.types = List.copyOf(types);
    }

    public int count() {
        return FIXED.length + 2 * fields.size() + types.size();
    }

    public int index(BehaviourKind kind) {
        for (int i = 0; i < FIXED.length; i++) {
            if (FIXED[i] == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind + " needs a field or type");
    }

    public int secrete(int field) {
        return FIXED.length + field;
    }

    public int uptake(int field) {
        return FIXED.length + fields.size() + field;
    }

    public int transform(int type) {
        return FIXED.length + 2 * fields.size() + type;
    }

    public BehaviourKind kind(int index) {
        if (index < FIXED.length) {
            return FIXED[index];
        }
        int rest = index - FIXED.length;
        if (rest < fields.size()) {
            return BehaviourKind.SECRETE;
        }
        return rest < 2 * fields.size() ? BehaviourKind.UPTAKE : BehaviourKind.TRANSFORM;
    }

    /** The field or type index a per-field or per-type behaviour names. */
    public int argument(int index) {
        int rest = index - FIXED.length;
        return rest < fields.size() ? rest : rest < 2 * fields.size() ? rest - fields.size() : rest - 2 * fields.size();
    }

    public String name(int index) {
        BehaviourKind kind = kind(index);
        if (kind.perField()) {
            return kind.keyword() + " " + fields.get(argument(index));
        }
        if (kind.perType()) {
            return kind.keyword() + " " + types.get(argument(index));
        }
        return kind.keyword();
    }

    /**
     * Reads a behaviour name as written in a config ({@code secrete tnf}, {@code inflammatory_death},
     * {@code transform to active_macrophage}); spaces and underscores separate words alike.
     */
    public Optional<Integer> parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < count(); i++) {
            if (same(name(i), s)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Every behaviour name, for messages listing what is allowed. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            all.add(name(i));
        }
        return all;
    }

    /** Keywords compare with spaces and underscores alike; field and type names compare exactly. */
    private boolean same(String canonical, String written) {
        if (canonical.equals(written)) {
            return true;
        }
        return canonical.replace('_', ' ').equals(written.replace('_', ' '));
    }
}
