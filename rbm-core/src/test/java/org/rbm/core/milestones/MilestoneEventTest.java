package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class MilestoneEventTest {

  @Test
  void eventsWithoutPayloadAreTheirKind() {
    assertSame(MilestoneEvent.approve(), MilestoneEvent.of(EventType.APPROVE));
    assertSame(MilestoneEvent.start(), MilestoneEvent.of(EventType.START));
    assertSame(MilestoneEvent.submit(), MilestoneEvent.of(EventType.SUBMIT));
    assertSame(MilestoneEvent.achieve(), MilestoneEvent.of(EventType.ACHIEVE));
    assertSame(MilestoneEvent.cancel(), MilestoneEvent.of(EventType.CANCEL));
    assertSame(MilestoneEvent.reopen(), MilestoneEvent.of(EventType.REOPEN));
    assertEquals(Optional.empty(), MilestoneEvent.approve().due());
    assertEquals("approve", MilestoneEvent.approve().toString());
  }

  @Test
  void kindsWithPayloadNeedTheirOwnFactory() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> MilestoneEvent.of(EventType.DEFER));
    assertEquals(
        "type: got \"DEFER\", expected a kind of event without payload (this one needs its own"
            + " factory)",
        e.getMessage());
  }

  @Test
  void achievementWithConditionsCarriesTheCondition() {
    MilestoneEvent e =
        MilestoneEvent.achieveWithConditions("an updated strategy is submitted in November 2007");
    assertEquals(EventType.ACHIEVE_WITH_CONDITIONS, e.type());
    assertEquals(Optional.of("an updated strategy is submitted in November 2007"), e.condition());
    assertEquals(
        "achieve with conditions (\"an updated strategy is submitted in November 2007\")",
        e.toString());
    assertThrows(InvalidValueException.class, () -> MilestoneEvent.achieveWithConditions(" "));
  }

  @Test
  void revisionCarriesANewStatementOrDueAndAReason() {
    MilestoneEvent due = MilestoneEvent.reviseDue(Due.ofYear(2008), "roll-out after the pilot");
    assertEquals(Optional.of(Due.ofYear(2008)), due.due());
    assertEquals(Optional.empty(), due.statement());
    assertEquals(Optional.of("roll-out after the pilot"), due.reason());
    assertEquals("revise (due 2008; reason \"roll-out after the pilot\")", due.toString());

    MilestoneEvent both =
        MilestoneEvent.revise(Optional.of("New text"), Optional.of(Due.ofYear(2009)), "why");
    assertEquals("revise (statement \"New text\"; due 2009; reason \"why\")", both.toString());
    assertEquals(
        "revise (statement \"New text\"; reason \"why\")",
        MilestoneEvent.reviseStatement("New text", "why").toString());
  }

  @Test
  void revisionMustChangeSomethingAndSayWhy() {
    InvalidValueException none =
        assertThrows(
            InvalidValueException.class,
            () -> MilestoneEvent.revise(Optional.empty(), Optional.empty(), "why"));
    assertEquals(
        "statement: got nothing, expected a new statement or a new due (a revision changes one of"
            + " them)",
        none.getMessage());
    InvalidValueException blank =
        assertThrows(
            InvalidValueException.class, () -> MilestoneEvent.reviseDue(Due.ofYear(2008), ""));
    assertEquals("reason: got \"\", expected a text that is not blank", blank.getMessage());
  }

  @Test
  void deferralCarriesTheLaterDueOnly() {
    MilestoneEvent e = MilestoneEvent.defer(Due.ofYear(2009));
    assertEquals(Optional.of(Due.ofYear(2009)), e.due());
    assertEquals(Optional.empty(), e.reason());
    assertEquals(Optional.empty(), e.statement());
    assertEquals("defer to 2009", e.toString());
  }

  @Test
  void equalsByKindAndPayload() {
    new EqualsTester()
        .addEqualityGroup(MilestoneEvent.approve(), MilestoneEvent.of(EventType.APPROVE))
        .addEqualityGroup(MilestoneEvent.defer(Due.ofYear(2009)), MilestoneEvent.defer(Due.parse("2009")))
        .addEqualityGroup(MilestoneEvent.defer(Due.ofYear(2010)))
        .addEqualityGroup(MilestoneEvent.reviseDue(Due.ofYear(2009), "a"))
        .addEqualityGroup(MilestoneEvent.reviseDue(Due.ofYear(2009), "b"))
        .addEqualityGroup(MilestoneEvent.achieveWithConditions("a"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Due.class, Due.ofYear(2008))
        .testAllPublicStaticMethods(MilestoneEvent.class);
  }
}
