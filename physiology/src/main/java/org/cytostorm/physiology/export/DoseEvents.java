package org.cytostorm.physiology.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.physiology.treat.Administration;
import org.cytostorm.physiology.treat.Route;

/**
 * Scheduled doses as model events at fixed times: each of an administration's
 * {@link Administration#interventions() interventions} (a bolus adds its amount to the drug's
 * compartment, an infusion steps its rate parameter up and down, a course counts up and down)
 * becomes one event {@code time >= t} whose assignment makes the same change.
 *
 * <p>The events reproduce the engine's interventions: a trigger on {@code time} against a number
 * is a breakpoint, so the integration stops exactly at {@code t}, as it does for an intervention;
 * {@code t0 = false} gives a dose at time 0; the events come after the model's own in the
 * document, so at an instant where a model event also fires, the model's executes first, as
 * before an intervention.
 */
final class DoseEvents {

    private DoseEvents() {
    }

    /**
     * The events of some administrations, numbered from 1 in the order given.
     *
     * @param taken identifiers already used in the model (event ids must not clash)
     */
    static List<Event> of(List<Administration> administrations, Set<String> taken) {
        List<Event> out = new ArrayList<>();
        int k = 0;
        for (Administration a : administrations) {
            k++;
            List<Intervention> changes = a.interventions();
            String base = "dose" + k + "_" + sid(a.drug().name());
            for (int i = 0; i < changes.size(); i++) {
                Intervention c = changes.get(i);
                String suffix = changes.size() == 1 ? "" : i == 0 ? "_start" : "_stop";
                String id = base + suffix;
                while (taken.contains(id)) {
                    id = id + "_";
                }
                taken.add(id);
                out.add(event(id, c, describe(a, changes.size() == 1 ? null : i == 0)));
            }
        }
        return out;
    }

    private static Event event(String id, Intervention c, String name) {
        Expr trigger = Exprs.call(Fn.GE, new Sym(Sym.TIME), new Num(c.time()));
        Expr value = c.operation() == Intervention.Operation.ADD
                ? Exprs.call(Fn.ADD, new Sym(c.target()), new Num(c.value()))
                : new Num(c.value());
        Annotation a = Annotation.EMPTY.withDisplayName(name).withNotes(name + ": " + c.target() + " = "
                + ExprPrinter.print(value) + " at " + ExprPrinter.number(c.time()) + " h (scheduled dose, exported by"
                + " cytostorm export)");
        return new Event(id, trigger, null, null, false, true, true, List.of(new EventAssignment(c.target(), value)), a);
    }

    /** {@code tocilizumab 640 mg iv over 1 h at 72 h, start}. */
    private static String describe(Administration a, Boolean start) {
        StringBuilder sb = new StringBuilder(a.drug().name());
        if (a.route() == Route.COURSE) {
            sb.append(" course of ").append(ExprPrinter.number(a.durationH())).append(" h");
        } else {
            sb.append(' ').append(ExprPrinter.number(a.amountMg())).append(" mg ").append(a.route().label());
            if (a.durationH() > 0) {
                sb.append(" over ").append(ExprPrinter.number(a.durationH())).append(" h");
            }
        }
        sb.append(" at ").append(ExprPrinter.number(a.timeH())).append(" h");
        if (start != null) {
            sb.append(start ? ", start" : ", stop");
        }
        return sb.toString();
    }

    private static String sid(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return s.isEmpty() ? "drug" : s;
    }
}
