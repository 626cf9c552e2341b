package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.scenario.TriggerCatalogue;
import org.junit.jupiter.api.Test;

/** Every parameter a trigger module sets exists in the parameter table. */
class CatalogueMatchesTableTest {

    @Test
    void everyTriggerParameterIsInTheTable() {
        List<String> problems = TriggerCatalogue.standard().validate(ParameterTable.standard());
        assertEquals(List.of(), problems);
    }
}
