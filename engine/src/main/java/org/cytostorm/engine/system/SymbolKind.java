package org.cytostorm.engine.system;

/** What a model symbol is. */
public enum SymbolKind {
    COMPARTMENT, SPECIES, PARAMETER, REACTION, STOICHIOMETRY, LOCAL_PARAMETER
}
