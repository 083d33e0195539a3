package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class MilestoneEventTest {

  @Test
  void eachRecordCarriesExactlyThePayloadOfItsKind() {
    // No nullable fields behind a type tag: each record's components are its payload, nothing more.
    ImmutableMap<Class<?>, ImmutableList<String>> expected =
        ImmutableMap.<Class<?>, ImmutableList<String>>builder()
            .put(MilestoneEvent.Approve.class, ImmutableList.of())
            .put(MilestoneEvent.Start.class, ImmutableList.of())
            .put(MilestoneEvent.Submit.class, ImmutableList.of())
            .put(MilestoneEvent.Achieve.class, ImmutableList.of())
            .put(MilestoneEvent.AchieveWithConditions.class, ImmutableList.of("condition"))
            .put(MilestoneEvent.ReviseStatement.class, ImmutableList.of("statement", "reason"))
            .put(MilestoneEvent.ReviseDue.class, ImmutableList.of("due", "reason"))
            .put(
                MilestoneEvent.ReviseStatementAndDue.class,
                ImmutableList.of("statement", "due", "reason"))
            .put(MilestoneEvent.Defer.class, ImmutableList.of("due"))
            .put(MilestoneEvent.Cancel.class, ImmutableList.of())
            .put(MilestoneEvent.Reopen.class, ImmutableList.of())
            .buildOrThrow();
    expected.forEach(
        (type, components) -> {
          assertTrue(type.isRecord(), type.getName());
          assertEquals(
              components,
              Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getName)
                  .collect(ImmutableList.toImmutableList()),
              type.getName());
          for (RecordComponent c : type.getRecordComponents()) {
            assertTrue(c.getType() != Optional.class, c.toString());
          }
        });
    assertTrue(MilestoneEvent.class.isSealed());
    assertEquals(9, MilestoneEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void eventsWithoutPayloadAreEqualToTheirKind() {
    assertEquals(new MilestoneEvent.Approve(), MilestoneEvent.approve());
    assertEquals("approve", MilestoneEvent.approve().toString());
    assertEquals("start", MilestoneEvent.start().toString());
    assertEquals("submit", MilestoneEvent.submit().toString());
    assertEquals("achieve", MilestoneEvent.achieve().toString());
    assertEquals("cancel", MilestoneEvent.cancel().toString());
    assertEquals("reopen", MilestoneEvent.reopen().toString());
  }

  @Test
  void achievementWithConditionsCarriesTheCondition() {
    MilestoneEvent.AchieveWithConditions e =
        new MilestoneEvent.AchieveWithConditions(
            "an updated strategy is submitted in November 2007");
    assertEquals("an updated strategy is submitted in November 2007", e.condition());
    assertEquals(
        "achieve with conditions (\"an updated strategy is submitted in November 2007\")",
        e.toString());
    assertThrows(InvalidValueException.class, () -> MilestoneEvent.achieveWithConditions(" "));
  }

  @Test
  void revisionCarriesANewStatementOrDueOrBothAndAReason() {
    MilestoneEvent.Revise due =
        new MilestoneEvent.ReviseDue(Due.ofYear(2008), "roll-out after the pilot");
    assertEquals(Optional.of(Due.ofYear(2008)), due.newDue());
    assertEquals(Optional.empty(), due.newStatement());
    assertEquals("roll-out after the pilot", due.reason());
    assertEquals("revise (due 2008; reason \"roll-out after the pilot\")", due.toString());

    MilestoneEvent both = MilestoneEvent.revise("New text", Due.ofYear(2009), "why");
    assertEquals("revise (statement \"New text\"; due 2009; reason \"why\")", both.toString());
    assertEquals(
        "revise (statement \"New text\"; reason \"why\")",
        MilestoneEvent.reviseStatement("New text", "why").toString());
  }

  @Test
  void revisionMustSayWhy() {
    InvalidValueException blank =
        assertThrows(
            InvalidValueException.class, () -> MilestoneEvent.reviseDue(Due.ofYear(2008), ""));
    assertEquals("reason: got \"\", expected a text that is not blank", blank.getMessage());
    assertEquals(
        "statement: got \" \", expected a text that is not blank",
        assertThrows(
                InvalidValueException.class, () -> MilestoneEvent.reviseStatement(" ", "why"))
            .getMessage());
  }

  @Test
  void deferralCarriesTheLaterDueOnly() {
    MilestoneEvent.Defer e = new MilestoneEvent.Defer(Due.ofYear(2009));
    assertEquals(Due.ofYear(2009), e.due());
    assertEquals("defer to 2009", e.toString());
  }

  @Test
  void equalsByKindAndPayload() {
    new EqualsTester()
        .addEqualityGroup(MilestoneEvent.approve(), new MilestoneEvent.Approve())
        .addEqualityGroup(MilestoneEvent.start())
        .addEqualityGroup(
            MilestoneEvent.defer(Due.ofYear(2009)), MilestoneEvent.defer(Due.parse("2009")))
        .addEqualityGroup(MilestoneEvent.defer(Due.ofYear(2010)))
        .addEqualityGroup(MilestoneEvent.reviseDue(Due.ofYear(2009), "a"))
        .addEqualityGroup(MilestoneEvent.reviseDue(Due.ofYear(2009), "b"))
        .addEqualityGroup(MilestoneEvent.revise("a", Due.ofYear(2009), "a"))
        .addEqualityGroup(MilestoneEvent.achieveWithConditions("a"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(Due.class, Due.ofYear(2008))
        .testAllPublicStaticMethods(MilestoneEvent.class);
    new NullPointerTester()
        .setDefault(Due.class, Due.ofYear(2008))
        .testAllPublicConstructors(MilestoneEvent.ReviseStatementAndDue.class);
  }
}
