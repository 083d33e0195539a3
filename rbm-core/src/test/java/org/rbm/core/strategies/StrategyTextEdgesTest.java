package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rbm.core.Identifier;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/** The edges of the strategies' texts: references, single lines, the criteria's setting. */
class StrategyTextEdgesTest {

  @Test
  void theResultFollowsTheLastSlashAndAnEmptyFrameworkIsRefused() {
    // A framework id may hold '/' (an IATI activity identifier); a result id never does.
    ResultReference ref = ResultReference.parse("GB-COH-123/4/IO1");
    assertEquals(java.util.Optional.of(org.rbm.core.results.FrameworkId.of("GB-COH-123/4")),
        ref.framework());
    assertEquals(org.rbm.core.results.ResultId.of("IO1"), ref.result());
    // A slash at the very start: an empty framework id, not a result id "/IO1".
    assertEquals("result reference: cannot parse \"/IO1\": framework id: got \"\", expected "
            + org.rbm.core.results.FrameworkId.EXPECTED_FORM,
        assertThrows(RbmParseException.class, () -> ResultReference.parse("/IO1"))
            .getMessage());
    assertThrows(RbmParseException.class, () -> ResultReference.parse("PB-2008-09/"));
  }

  @Test
  void aLineBreakAnywhereIsRefusedEvenFirst() {
    String expected = "one line of text, not blank, without spaces at the start or the end";
    assertEquals("name: got \"\nx\", expected " + expected,
        assertThrows(InvalidValueException.class, () -> SingleLine.check("name", "\nx"))
            .getMessage());
    assertEquals("name: got \"\rx\", expected " + expected,
        assertThrows(InvalidValueException.class, () -> SingleLine.check("name", "\rx"))
            .getMessage());
    assertEquals("Employment policy", SingleLine.check("name", "Employment policy"));
  }

  @Test
  void aFocusedStrategyHasAtLeastOnePriorityArea() {
    assertEquals("maxPriorityAreas: got 0, expected at least 1",
        assertThrows(InvalidValueException.class, () -> StrategyCriteria.ruleSet(0))
            .getMessage());
    assertEquals(7, StrategyCriteria.ruleSet(1).rules().size());
  }
}
