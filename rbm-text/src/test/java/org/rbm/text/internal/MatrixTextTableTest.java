package org.rbm.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixTextTableTest {
  @Test
  void wrapsLongTextAtSpacesAndCutsLongWords() {
    assertEquals(List.of("Support", "knowledge", "sharing in", "evaluation"),
        MatrixTextTable.wrap("Support knowledge sharing in evaluation", 12));
    assertEquals(List.of("abcdefghij", "klmno"), MatrixTextTable.wrap("abcdefghijklmno", 10));
  }
}
