package org.cytostorm.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void distanceCountsATranspositionOnce() {
        assertEquals(1, Names.distance("wieght", "weight"));
        assertEquals(1, Names.distance("perforn", "perforin"));
        assertEquals(3, Names.distance("kitten", "sitting"));
    }

    @Test
    void suggestsOnlyNearNames() {
        List<String> keys = List.of("weight", "age", "sex");
        assertEquals(Optional.of("weight"), Names.nearest("Wieght", keys));
        assertEquals(Optional.empty(), Names.nearest("colour", keys));
        assertEquals(Optional.empty(), Names.nearest("x", keys));
        assertEquals(Optional.of("description"), Names.nearest("desc", List.of("description", "parameters")));
        assertEquals(Optional.of("parameters"), Names.nearest("param", List.of("description", "parameters")));
    }
}
