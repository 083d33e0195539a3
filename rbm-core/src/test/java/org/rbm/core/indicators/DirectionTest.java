package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void coversTheDirectionsOfChangeOfPeers() {
    // TolaData: n/a, increase, decrease; the ILO also asks to maintain a level.
    assertEquals(
        List.of(Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN, Direction.NOT_APPLICABLE),
        List.of(Direction.values()));
  }

  @Test
  void readsItsNames() {
    assertEquals(Direction.NOT_APPLICABLE, Direction.valueOf("NOT_APPLICABLE"));
    assertThrows(IllegalArgumentException.class, () -> Direction.valueOf("ascending"));
  }
}
