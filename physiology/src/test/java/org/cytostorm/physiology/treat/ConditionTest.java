package org.cytostorm.physiology.treat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.text.ModelParseException;
import org.junit.jupiter.api.Test;

/** Conditions are model-text expressions evaluated on named values. */
class ConditionTest {

    @Test
    void evaluatesLogicAndComparisons() {
        Condition c = Condition.parse("crs_grade >= 3 || (crs_grade >= 2 && doses_tocilizumab >= 2)", "t");
        assertEquals(Set.of("crs_grade", "doses_tocilizumab"), c.names());
        assertTrue(c.holds(Map.of("crs_grade", 3.0, "doses_tocilizumab", 0.0)::get));
        assertTrue(c.holds(Map.of("crs_grade", 2.0, "doses_tocilizumab", 2.0)::get));
        assertFalse(c.holds(Map.of("crs_grade", 2.0, "doses_tocilizumab", 1.0)::get));
        assertTrue(Condition.parse("max(MAP, 60) < 65 && !(o2 > 1)", "t").holds(Map.of("MAP", 50.0, "o2", 1.0)::get));
    }

    @Test
    void refusesTextThatIsNotOneExpression() {
        for (String bad : List.of("crs_grade >=", "a b", "", "foo(1) > 0")) {
            assertThrows(RuntimeException.class, () -> Condition.parse(bad, "t"), bad);
        }
        assertThrows(ModelParseException.class, () -> Condition.parse("x > 1 )", "t"));
    }
}
