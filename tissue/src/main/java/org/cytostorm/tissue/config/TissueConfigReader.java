package org.cytostorm.tissue.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.cells.Kind;
import org.cytostorm.tissue.cells.Paint;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.rules.BehaviourKind;
import org.cytostorm.tissue.rules.Behaviours;
import org.cytostorm.tissue.rules.Rule;

/**
 * Reads a tissue config (YAML) into a {@link TissueConfig}. Every problem is a
 * {@link InputException} naming the file, the line and the key: an unknown key, cell type,
 * signal or behaviour, a value out of range. {@code --set} overrides are applied as values are read.
 */
public final class TissueConfigReader {
    static final List<String> TOP = List.of("name", "description", "seed", "grid", "time", "fields", "mechanisms",
            "drugs", "coupling", "draw", "cell_types", "layout", "rules");
    /**
     * The sections without which a config describes no tissue (every built-in has them): without a
     * layout nothing is placed, and a file cut short loses its last sections, which are these. The
     * others have defaults ({@code fields} and {@code cell_types} must moreover not be empty).
     */
    static final List<String> REQUIRED = List.of("fields", "cell_types", "layout", "rules");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final double HUGE = 1e300;

    private TissueConfigReader() {
    }

    public static TissueConfig read(String text, String file, Overrides overrides) {
        YamlNode root = YamlDocument.parse(text, file)
                .orElseThrow(() -> new InputException(file, 1, "", "the file holds no config"));
        if (!root.isMapping()) {
            throw new InputException(file, root.line(), "", "a tissue config is a mapping of keys such as grid:, fields:, cell_types:, rules:");
        }
        List<String> record = new ArrayList<>();
        ConfigNode top = new ConfigNode(root, "", file, overrides, record);
        top.allowOnly(TOP);
        requireSections(root, file);

        String name = top.child("name").text(file);
        String description = top.child("description").text("");
        long seed = (long) top.child("seed").number(1, 0, 9.0e15);
        Grid grid = grid(top.child("grid"));
        Timing timing = timing(top.child("time"));
        List<FieldSpec> fields = fields(top.child("fields"));
        List<String> fieldNames = fields.stream().map(FieldSpec::name).toList();

        ConfigNode typesNode = top.child("cell_types");
        List<String> typeNames = typesNode.keys();
        if (typeNames.isEmpty()) {
            throw typesNode.error("a tissue needs at least one cell type under cell_types:");
        }
        for (String t : typeNames) {
            if (!NAME.matcher(t).matches()) {
                throw typesNode.child(t).error("cell type names are lower case letters, digits and underscores");
            }
        }
        Behaviours behaviours = new Behaviours(fieldNames, typeNames);
        List<CellType> types = new ArrayList<>();
        for (String t : typeNames) {
            types.add(cellType(typesNode.child(t), t, fieldNames, typeNames, behaviours));
        }

        Switches switches = switches(top.child("mechanisms"));
        List<Rule> rules = RuleReader.read(top.child("rules"), fieldNames, typeNames, types, behaviours, switches);
        Layout layout = layout(top.child("layout"), types, typeNames);
        DrugBlocks drugs = drugs(top.child("drugs"), fieldNames);
        Coupling coupling = coupling(top.child("coupling"));
        ConfigNode drawNode = top.child("draw");
        String draw = drawNode.text(fieldNames.get(0));
        int drawField = fieldNames.indexOf(draw);
        if (drawField < 0) {
            throw drawNode.error("unknown field '" + draw + "'; fields are: " + String.join(", ", fieldNames));
        }
        overrides.checkAllUsed("settings are dotted paths such as mechanisms.inflammatory_death, fields.il1b.diffusion, "
                + "cell_types.epithelial.death_delay or drugs.anti_tnf");
        return new TissueConfig(name, description, file, seed, grid, timing, fields, types, behaviours, rules, layout,
                switches, drugs, coupling, drawField, record);
    }

    /** Refuses a config missing a required section, naming all that are missing. */
    private static void requireSections(YamlNode root, String file) {
        List<String> missing = REQUIRED.stream().filter(s -> root.get(s).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file, 0, "", (missing.size() == 1 ? "the section " + missing.get(0) + ": is"
                    : "the sections " + String.join(":, ", missing) + ": are") + " missing (is the file complete?); "
                    + "a tissue config needs " + String.join(":, ", REQUIRED) + ": (write rules: [] for none)");
        }
    }

    private static Grid grid(ConfigNode n) {
        n.allowOnly(List.of("nx", "ny", "nz", "dx"));
        return new Grid(n.child("nx").integer(400, 1, 100_000), n.child("ny").integer(400, 1, 100_000),
                n.child("nz").integer(1, 1, 100_000), n.child("dx").number(10, 1e-3, 1e6));
    }

    private static Timing timing(ConfigNode n) {
        n.allowOnly(List.of("duration_h", "dt_min", "record_every_min", "frame_every_h", "checkpoint_every_h"));
        double duration = n.child("duration_h").number(48, 0, 1e6) * 60;
        double dt = n.child("dt_min").number(0.5, 1e-6, 1e4);
        double record = n.child("record_every_min").number(30, dt, 1e8);
        double frame = n.child("frame_every_h").number(2, 0, 1e6) * 60;
        double checkpoint = n.child("checkpoint_every_h").number(0, 0, 1e6) * 60;
        return new Timing(duration, dt, record, frame, checkpoint);
    }

    private static List<FieldSpec> fields(ConfigNode n) {
        List<String> names = n.keys();
        if (names.isEmpty()) {
            throw n.error("a tissue needs at least one field under fields:");
        }
        List<FieldSpec> out = new ArrayList<>();
        for (String name : names) {
            ConfigNode f = n.child(name);
            if (!NAME.matcher(name).matches()) {
                throw f.error("field names are lower case letters, digits and underscores");
            }
            f.allowOnly(List.of("label", "unit", "diffusion", "decay", "initial", "plasma", "source", "grade"));
            double diffusion = f.child("diffusion").number(Double.NaN, 0, HUGE);
            double decay = f.child("decay").number(Double.NaN, 0, HUGE);
            out.add(new FieldSpec(name, f.child("label").text(name), f.child("unit").text("ng/mL"), diffusion, decay,
                    f.child("initial").number(0, 0, HUGE), f.child("plasma").text(""), f.child("source").text(""),
                    grade(f)));
        }
        return out;
    }

    private static CellType cellType(ConfigNode n, String name, List<String> fields, List<String> types,
            Behaviours behaviours) {
        n.allowOnly(List.of("kind", "paint", "behaviours", "death_delay", "release", "internalises", "internal_decay",
                "chemotaxis_field", "targets", "recruits", "source", "grade"));
        ConfigNode kindNode = n.child("kind");
        String kindText = kindNode.text(null);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.configName().equals(kindText)).findFirst()
                .orElseThrow(() -> kindNode.error("unknown kind '" + kindText + "'; kinds are: "
                        + String.join(", ", Arrays.stream(Kind.values()).map(Kind::configName).toList())));
        ConfigNode paintNode = n.child("paint");
        String paintText = paintNode.text(defaultPaint(kind).name()).toUpperCase(Locale.ROOT);
        Paint paint = Arrays.stream(Paint.values()).filter(p -> p.name().equals(paintText)).findFirst()
                .orElseThrow(() -> paintNode.error("unknown paint '" + paintText + "'; paints are: "
                        + String.join(", ", Arrays.stream(Paint.values()).map(Paint::name).toList())));

        double[] base = new double[behaviours.count()];
        ConfigNode bn = n.child("behaviours");
        List<String> written = new ArrayList<>(bn.keys());
        for (String key : n.overrides().keysUnder(bn.path() + ".")) {
            String b = key.substring(bn.path().length() + 1);
            if (!written.contains(b)) {
                written.add(b);
            }
        }
        for (String b : written) {
            ConfigNode v = bn.child(b);
            int index = behaviours.parse(b).orElseThrow(() -> v.error("unknown behaviour '" + b + "'; behaviours are: "
                    + String.join(", ", behaviours.names())));
            BehaviourKind bk = behaviours.kind(index);
            double max = bk == BehaviourKind.CHEMOTAXIS ? 1 : HUGE;
            base[index] = v.number(Double.NaN, 0, max);
            checkKindAllows(v, kind, bk);
        }

        double[] release = new double[fields.size()];
        ConfigNode rn = n.child("release");
        for (String f : rn.keys()) {
            int fi = fieldOf(rn.child(f), f, fields);
            release[fi] = rn.child(f).number(Double.NaN, 0, HUGE);
        }
        boolean[] internalises = new boolean[fields.size()];
        for (ConfigNode item : n.child("internalises").items()) {
            String f = item.scalarText();
            internalises[fieldOf(item, f, fields)] = true;
        }
        if (!kind.lattice() && internalises.length > 0 && anyTrue(internalises)) {
            throw n.child("internalises").error("only lattice cells (epithelial, endothelial, tumour) keep what they take up");
        }
        ConfigNode cf = n.child("chemotaxis_field");
        String chemo = cf.text("");
        int chemotaxisField = chemo.isEmpty() ? -1 : fieldOf(cf, chemo, fields);
        List<Integer> targets = new ArrayList<>();
        for (ConfigNode item : n.child("targets").items()) {
            String t = item.scalarText();
            int ti = types.indexOf(t);
            if (ti < 0) {
                throw item.errorAtValue("unknown cell type '" + t + "'; types are: " + String.join(", ", types));
            }
            targets.add(ti);
        }
        ConfigNode recNode = n.child("recruits");
        String rec = recNode.text("");
        int recruits = rec.isEmpty() ? -1 : types.indexOf(rec);
        if (!rec.isEmpty() && recruits < 0) {
            throw recNode.error("unknown cell type '" + rec + "'; types are: " + String.join(", ", types));
        }
        return new CellType(name, kind, paint, base, n.child("death_delay").number(60, 0, HUGE), release, internalises,
                n.child("internal_decay").number(0, 0, HUGE), chemotaxisField, List.copyOf(targets), recruits,
                n.child("source").text(""), grade(n), n.line());
    }

    /** Evidence grades, as in the patient model's parameter table. */
    static final List<String> GRADES = List.of("strong", "moderate", "single-source", "assumed");

    /**
     * The evidence grade of a field's or type's values: {@code assumed} when the source is empty or
     * says {@code assumed}; a cited source must state its grade.
     */
    private static String grade(ConfigNode n) {
        String source = n.child("source").scalarTextOrEmpty();
        boolean assumed = source.isEmpty() || source.startsWith("assumed");
        ConfigNode g = n.child("grade");
        String grade = g.text(assumed ? "assumed" : "");
        if (grade.isEmpty()) {
            throw n.child("source").error("a cited source needs an evidence grade: grade: " + String.join(", ", GRADES));
        }
        if (!GRADES.contains(grade)) {
            throw g.error("unknown evidence grade '" + grade + "'; grades are: " + String.join(", ", GRADES));
        }
        return grade;
    }

    /** Behaviours that make no sense for a kind are rejected rather than silently ignored. */
    static void checkKindAllows(ConfigNode at, Kind kind, BehaviourKind b) {
        boolean mobileOnly = b == BehaviourKind.MIGRATION_SPEED || b == BehaviourKind.CHEMOTAXIS
                || b == BehaviourKind.PROLIFERATE || b == BehaviourKind.KILL;
        boolean vesselOnly = b == BehaviourKind.RECRUIT || b == BehaviourKind.PLASMA_EXCHANGE;
        if (mobileOnly && kind.lattice()) {
            throw at.error("'" + b.keyword() + "' is for mobile cells; " + kind.configName() + " cells sit in their voxel");
        }
        if (vesselOnly && kind != Kind.ENDOTHELIAL) {
            throw at.error("'" + b.keyword() + "' is for endothelial (vessel) cells");
        }
    }

    private static Paint defaultPaint(Kind kind) {
        switch (kind) {
            case EPITHELIAL: return Paint.EPITHELIUM;
            case ENDOTHELIAL: return Paint.VESSEL;
            case TUMOUR: return Paint.TUMOUR;
            case MACROPHAGE: return Paint.MACROPHAGE;
            case NEUTROPHIL: return Paint.NEUTROPHIL;
            case T_CELL: return Paint.T_CELL;
            default: return Paint.CAR_T;
        }
    }

    private static boolean anyTrue(boolean[] b) {
        for (boolean x : b) {
            if (x) {
                return true;
            }
        }
        return false;
    }

    static int fieldOf(ConfigNode at, String f, List<String> fields) {
        int i = fields.indexOf(f);
        if (i < 0) {
            throw at.errorAtValue("unknown field '" + f + "'; fields are: " + String.join(", ", fields));
        }
        return i;
    }

    private static Switches switches(ConfigNode n) {
        java.util.Map<String, Boolean> on = new java.util.LinkedHashMap<>();
        for (String builtIn : Switches.BUILT_IN.keySet()) {
            on.put(builtIn, n.child(builtIn).bool(true));
        }
        for (String k : n.keys()) {
            if (!on.containsKey(k)) {
                if (!NAME.matcher(k).matches()) {
                    throw n.child(k).error("mechanism names are lower case letters, digits and underscores");
                }
                on.put(k, n.child(k).bool(true));
            }
        }
        return new Switches(on);
    }

    private static Layout layout(ConfigNode n, List<CellType> types, List<String> typeNames) {
        n.allowOnly(List.of("fill", "vessels", "regions", "scatter", "focus"));
        ConfigNode fillNode = n.child("fill");
        int fill = latticeType(fillNode, fillNode.text(""), types, typeNames);
        ConfigNode vessels = n.child("vessels");
        vessels.allowOnly(List.of("type", "spacing"));
        ConfigNode vt = vessels.child("type");
        int vessel = latticeType(vt, vt.text(""), types, typeNames);
        if (vessel >= 0 && types.get(vessel).kind() != Kind.ENDOTHELIAL) {
            throw vt.error("vessels must be of an endothelial type");
        }
        int spacing = vessels.child("spacing").integer(20, 1, 1_000_000);
        List<Region> regions = new ArrayList<>();
        for (ConfigNode r : n.child("regions").items()) {
            r.allowOnly(List.of("type", "x", "y", "z", "radius"));
            ConfigNode t = r.child("type");
            int type = latticeType(t, t.text(null), types, typeNames);
            regions.add(new Region(r.child("x").number(0.5, 0, 1), r.child("y").number(0.5, 0, 1),
                    r.child("z").number(0.5, 0, 1), r.child("radius").number(Double.NaN, 0, HUGE), type, r.line()));
        }
        List<Scatter> scatter = new ArrayList<>();
        ConfigNode sn = n.child("scatter");
        for (String t : sn.keys()) {
            int ti = typeNames.indexOf(t);
            if (ti < 0) {
                throw sn.child(t).error("unknown cell type '" + t + "'; types are: " + String.join(", ", typeNames));
            }
            if (types.get(ti).lattice()) {
                throw sn.child(t).error("scatter places mobile cells; " + t + " is a lattice type (use fill or regions)");
            }
            scatter.add(new Scatter(ti, sn.child(t).number(Double.NaN, 0, 100)));
        }
        ConfigNode f = n.child("focus");
        f.allowOnly(List.of("x", "y", "z"));
        double[] focus = {f.child("x").number(0.5, 0, 1), f.child("y").number(0.5, 0, 1), f.child("z").number(0.5, 0, 1)};
        return new Layout(fill, vessel, spacing, regions, scatter, focus);
    }

    private static int latticeType(ConfigNode at, String t, List<CellType> types, List<String> names) {
        if (t.isEmpty()) {
            return -1;
        }
        int i = names.indexOf(t);
        if (i < 0) {
            throw at.error("unknown cell type '" + t + "'; types are: " + String.join(", ", names));
        }
        if (!types.get(i).lattice()) {
            throw at.error(t + " is a mobile type; the layout places lattice types here");
        }
        return i;
    }

    private static DrugBlocks drugs(ConfigNode n, List<String> fields) {
        n.allowOnly(List.of("anti_tnf", "anti_ifng", "anakinra", "dexamethasone"));
        DrugBlocks d = new DrugBlocks(n.child("anti_tnf").number(0, 0, 1), n.child("anti_ifng").number(0, 0, 1),
                n.child("anakinra").number(0, 0, 1), n.child("dexamethasone").number(0, 0, 1));
        requireField(n.child("anti_tnf"), d.antiTnf(), "tnf", fields);
        requireField(n.child("anti_ifng"), d.antiIfng(), "ifng", fields);
        requireField(n.child("anakinra"), d.anakinra(), "il1b", fields);
        return d;
    }

    private static void requireField(ConfigNode at, double block, String field, List<String> fields) {
        if (block > 0 && !fields.contains(field)) {
            throw at.error("this drug acts on the field '" + field + "', which the config does not define");
        }
    }

    private static Coupling coupling(ConfigNode n) {
        n.allowOnly(List.of("scenario", "start_h", "scale"));
        String scenario = n.child("scenario").text("");
        return new Coupling(scenario, n.child("start_h").number(0, 0, 1e6), n.child("scale").number(1e-3, 0, HUGE));
    }
}
