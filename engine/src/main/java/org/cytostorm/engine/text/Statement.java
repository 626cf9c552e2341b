package org.cytostorm.engine.text;

import java.util.List;

/**
 * One statement of the model text as parsed, before names are resolved: the intermediate form
 * between {@link StatementParser} and {@link ModelAssembler}.
 */
sealed interface Statement {

    /** Where the statement starts. */
    SourcePosition position();

    /** A name as written, with its position. */
    record Name(String id, SourcePosition position) {
    }

    /** What {@code const}, {@code var} (or nothing) says about a declared name. */
    enum Constness { DEFAULT, CONST, VAR }

    /** The element kinds a declaration can name. */
    enum DeclaredKind { SPECIES, COMPARTMENT, PARAMETER }

    /** {@code =} (initial value), {@code :=} (assignment rule) or {@code ' =} (rate rule). */
    enum AssignmentKind { VALUE, RULE, RATE }

    /**
     * {@code [const|var] [substanceOnly] [species|compartment|formula] item, item...}, and also
     * {@code X in c [= value]} (a declaration with no keyword).
     */
    record Declaration(SourcePosition position, Constness constness, boolean substanceOnly, DeclaredKind kind,
                       List<Declared> items) implements Statement {
    }

    /**
     * One item of a declaration: {@code [$]name [in compartment] [= value | := rule | ' = rate | has unit]}.
     * The compartment, assignment and unit may be null.
     */
    record Declared(Name name, boolean boundary, Name compartment, Assignment assignment, Name unit) {
    }

    /** {@code [$]X = expr}, {@code X := expr} or {@code X' = expr}. */
    record Assignment(SourcePosition position, Name target, boolean boundary, AssignmentKind kind, ParsedExpr value)
            implements Statement {
    }

    /** {@code X has unit}. */
    record HasUnit(SourcePosition position, Name target, Name unit) implements Statement {
    }

    /** A reactant or product with its stoichiometry. */
    record Participant(Name species, boolean boundary, double stoichiometry) {
    }

    /** {@code [id:] reactants -> products; [rate]} ({@code =>} for irreversible). The label and rate may be null. */
    record ReactionStatement(SourcePosition position, Name label, List<Participant> reactants,
                             List<Participant> products, boolean reversible, ParsedExpr rate) implements Statement {
    }

    /** {@code variable = expr} in an event. */
    record EventAssignment(Name target, ParsedExpr value) {
    }

    /**
     * {@code [id:] at [delay after] trigger [, priority = p, t0 = b, persistent = b, fromTrigger = b]: x = e, ...}.
     * The label, delay, priority and flags may be null (not written).
     */
    record EventStatement(SourcePosition position, Name label, ParsedExpr delay, ParsedExpr trigger,
                          ParsedExpr priority, Boolean t0, Boolean persistent, Boolean fromTrigger,
                          List<EventAssignment> assignments) implements Statement {
    }

    /**
     * A factor {@code (multiplier * unit)^exponent} of a unit definition; the unit is null for a bare
     * number.
     */
    record UnitFactor(double multiplier, Name unit, double exponent) {
    }

    /** {@code unit id = factors} (no factors for a bare {@code unit id}). */
    record UnitStatement(SourcePosition position, Name id, List<UnitFactor> factors) implements Statement {
    }

    /** {@code X is "display name"}. */
    record DisplayName(SourcePosition position, Name target, String name) implements Statement {
    }

    /**
     * {@code X qualifier "value", "value"...}: a CV term, or {@code notes}, {@code created} or
     * {@code modified}.
     */
    record CvTerm(SourcePosition position, Name target, Name qualifier, List<String> values) implements Statement {
    }

    /** {@code X.sboTerm = 236}; the term normalised to {@code SBO:0000236}. */
    record SboTerm(SourcePosition position, Name target, String term) implements Statement {
    }

    /** A {@code //@ target key=value ...} line. */
    record AnnotationLine(SourcePosition position, Name target, List<Entry> entries) implements Statement {
        /** One {@code key=value}. */
        record Entry(Name key, String value) {
        }
    }

    /** {@code function id(arguments) body end}. */
    record FunctionDecl(SourcePosition position, Name id, List<Name> arguments, ParsedExpr body)
            implements Statement {
    }

    /** {@code model [*]id[(...)] statements end}. */
    record ModelDecl(SourcePosition position, Name id, boolean main, List<Statement> body) implements Statement {
    }

    /** A whole text: functions, model blocks and the statements outside any block, in order. */
    record ParsedFile(List<FunctionDecl> functions, List<ModelDecl> models, List<Statement> topLevel) {
    }
}
