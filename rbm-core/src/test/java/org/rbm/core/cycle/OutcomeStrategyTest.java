package org.rbm.core.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rbm.core.cycle.CycleFixtures.IO1;

import com.google.common.testing.EqualsTester;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class OutcomeStrategyTest {

  private static OutcomeStrategy strategy() {
    return OutcomeStrategy.builder()
        .outcome(IO1)
        .summary("Employment policies integrated in national development frameworks")
        .addTopic(TopicEntry.of(StrategyTopic.CONSTITUENTS_AND_TRIPARTISM, "Tripartite reviews"))
        .addTopic(TopicEntry.notApplicable(StrategyTopic.GLOBALIZATION, "Covered by IO2a.2"))
        .build();
  }

  @Test
  void theMissingTopicsAreThoseNotMentioned() {
    assertEquals(
        EnumSet.of(
            StrategyTopic.INTERNATIONAL_LABOUR_STANDARDS,
            StrategyTopic.KNOWLEDGE,
            StrategyTopic.COMMUNICATION,
            StrategyTopic.PARTNERSHIPS,
            StrategyTopic.GENDER,
            StrategyTopic.POVERTY),
        strategy().missingTopics());
    assertEquals(8, strategy().withTopics().missingTopics().size());
    TopicEntry g = strategy().topic(StrategyTopic.GLOBALIZATION).orElseThrow();
    assertFalse(g.applies());
    assertEquals("Covered by IO2a.2", g.text());
    assertEquals(Optional.empty(), strategy().topic(StrategyTopic.GENDER));
  }

  @Test
  void eachTopicAtMostOnce() {
    assertEquals(
        "topics[1].topic: got GENDER, expected a topic not given before in this strategy",
        assertThrows(
                InvalidValueException.class,
                () ->
                    strategy().withTopics(
                            TopicEntry.of(StrategyTopic.GENDER, "Gender audits"),
                            TopicEntry.notApplicable(StrategyTopic.GENDER, "None")))
            .getMessage());
  }

  @Test
  void aTopicNeedsATextOrAReason() {
    assertEquals(
        "text: got \" \", expected a reason that is not blank",
        assertThrows(
                InvalidValueException.class,
                () -> TopicEntry.notApplicable(StrategyTopic.GENDER, " "))
            .getMessage());
    assertEquals(
        "text: got \"\", expected a text that is not blank",
        assertThrows(InvalidValueException.class, () -> TopicEntry.of(StrategyTopic.GENDER, ""))
            .getMessage());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(strategy(), strategy())
        .addEqualityGroup(strategy().withSummary(Optional.empty()))
        .addEqualityGroup(strategy().withTopics())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TopicEntry.of(StrategyTopic.GENDER, "x"), TopicEntry.of(StrategyTopic.GENDER, "x"))
        .addEqualityGroup(TopicEntry.notApplicable(StrategyTopic.GENDER, "x"))
        .addEqualityGroup(TopicEntry.of(StrategyTopic.POVERTY, "x"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    CycleFixtures.nullTester().testAllPublicInstanceMethods(strategy());
    CycleFixtures.nullTester().testAllPublicStaticMethods(TopicEntry.class);
  }
}
