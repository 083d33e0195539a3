package org.rbm.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A number in a message is kept whole up to 60 characters, and cut to 57 and "..." beyond. */
class AbbreviateTest {
  @Test
  void sixtyCharactersAreKeptAndSixtyOneCut() {
    String sixty = "1" + "0".repeat(59);
    assertEquals(sixty, CanonicalDecimals.abbreviate(new BigDecimal(sixty)));
    String sixtyOne = "1" + "0".repeat(60);
    assertEquals("1" + "0".repeat(56) + "...",
        CanonicalDecimals.abbreviate(new BigDecimal(sixtyOne)));
    assertEquals("1E+999999999", CanonicalDecimals.abbreviate(new BigDecimal("1E+999999999")));
  }
}
