package org.rbm.core.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

/** The single-field checks of the strategies package no other test breaks (issue 19). */
class StrategyBoundariesTest {
  private static final String FORM =
      "a text followed by at most one [result F/R] and one [milestone M]";

  @Test
  void aStatementEndingInABracketWithoutReferenceIsRefused() {
    RbmParseException e = assertThrows(RbmParseException.class,
        () -> LinkageStatement.parse("Share lessons]"));
    assertEquals("linkage statement: cannot parse \"Share lessons]\", expected " + FORM,
        e.getMessage());
  }

  /** A reference at the very start leaves no text: the text is refused, not the form. */
  @Test
  void aStatementOfAReferenceAloneHasNoText() {
    RbmParseException e = assertThrows(RbmParseException.class,
        () -> LinkageStatement.parse(" [milestone M1]"));
    assertEquals("linkage statement: cannot parse \" [milestone M1]\": text: got \"\", expected "
        + SingleLine.EXPECTED, e.getMessage());
  }

  @Test
  void aBlankPriorityAreaIsRefusedByItsIndex() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> SampleStrategies.knowledgeSharing().addPriorityArea(" ").build());
    assertEquals("priorityAreas[2]: got \" \", expected a text that is not blank", e.getMessage());
  }

  @Test
  void aCellHasAtLeastOneStatement() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LinkageCell.of(
        StrategyPair.of(StrategyId.of("HR"), StrategyId.of("IT")), ImmutableList.of()));
    assertEquals("statements: got [], expected at least one statement", e.getMessage());
  }

  @Test
  void aMatrixFindsItsStrategiesById() {
    LinkageMatrix m = LinkageMatrix.builder()
        .addStrategies(LinkageMatrix.ILO_CORE_STRATEGIES).build();
    assertEquals(Optional.of(StrategyHeading.core(StrategyId.of("IT"), "Information technology")),
        m.strategy(StrategyId.of("IT")));
    assertEquals(Optional.empty(), m.strategy(StrategyId.of("GENDER")));
  }
}
