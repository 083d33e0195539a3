package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class LevelSchemeTest {

  @Test
  void shipsTheIloTheOecdDacAndTheLogframeSchemes() {
    assertEquals(
        List.of("strategic objective", "outcome", "immediate outcome"), LevelScheme.ILO.levels());
    assertEquals(List.of("impact", "outcome", "output"), LevelScheme.OECD_DAC.levels());
    assertEquals(List.of("goal", "purpose", "output", "activity"), LevelScheme.LOGFRAME.levels());
    assertEquals("ILO", LevelScheme.ILO.name());
    assertEquals("OECD-DAC", LevelScheme.OECD_DAC.name());
    assertEquals("logframe", LevelScheme.LOGFRAME.name());
  }

  @Test
  void ranksLevelsFromTheHighest() {
    assertEquals("strategic objective", LevelScheme.ILO.highest());
    assertEquals("immediate outcome", LevelScheme.ILO.lowest());
    assertEquals(0, LevelScheme.ILO.rankOf("strategic objective"));
    assertEquals(2, LevelScheme.ILO.rankOf("immediate outcome"));
    assertTrue(LevelScheme.LOGFRAME.contains("activity"));
    assertFalse(LevelScheme.ILO.contains("output"));
    assertFalse(LevelScheme.ILO.contains("Outcome"));
  }

  @Test
  void printsTheNameAndTheChain() {
    assertEquals(
        "ILO[strategic objective > outcome > immediate outcome]", LevelScheme.ILO.toString());
    assertEquals("one[only]", LevelScheme.of("one", "only").toString());
    assertEquals(
        "logframe[goal > purpose > output > activity (optional)]", LevelScheme.LOGFRAME.toString());
  }

  @Test
  void theLogframesActivityLevelIsOptionalAndOtherSchemesRequireEveryLevel() {
    assertEquals(List.of("activity"), LevelScheme.LOGFRAME.optionalLevels().asList());
    assertTrue(LevelScheme.LOGFRAME.isOptional("activity"));
    assertFalse(LevelScheme.LOGFRAME.isOptional("output"));
    assertTrue(LevelScheme.ILO.optionalLevels().isEmpty());
    assertTrue(LevelScheme.OECD_DAC.optionalLevels().isEmpty());
  }

  @Test
  void optionalLevelsKeepTheSchemesOrderAndReplaceThePreviousOnes() {
    LevelScheme scheme = LevelScheme.of("x", "a", "b", "c", "d");
    assertEquals(List.of("b", "d"), scheme.withOptional("d", "b").optionalLevels().asList());
    assertEquals(List.of("c"), scheme.withOptional("b").withOptional("c").optionalLevels().asList());
    assertEquals(scheme, scheme.withOptional("c").withOptional());
    assertEquals(
        LevelScheme.of("logframe", "goal", "purpose", "output", "activity").withOptional("activity"),
        LevelScheme.LOGFRAME);
  }

  @Test
  void rejectsAnOptionalLevelThatIsTheHighestOrNotInTheScheme() {
    assertEquals(
        "levelScheme.optionalLevels[0]: got \"goal\", expected one of the levels below the highest"
            + " [purpose, output, activity]",
        assertThrows(InvalidValueException.class, () -> LevelScheme.LOGFRAME.withOptional("goal"))
            .getMessage());
    assertEquals(
        "levelScheme.optionalLevels[1]: got \"task\", expected one of the levels below the highest"
            + " [purpose, output, activity]",
        assertThrows(
                InvalidValueException.class,
                () -> LevelScheme.LOGFRAME.withOptional("task", "activity"))
            .getMessage());
  }

  @Test
  void optionalLevelsCountInEquality() {
    new EqualsTester()
        .addEqualityGroup(LevelScheme.of("x", "a", "b"), LevelScheme.of("x", "a", "b").withOptional())
        .addEqualityGroup(LevelScheme.of("x", "a", "b").withOptional("b"))
        .testEquals();
  }

  @Test
  void usersDefineTheirOwnOfOneToEightLevels() {
    LevelScheme dfid = LevelScheme.of("DFID", List.of("impact", "outcome", "output", "input"));
    assertEquals("input", dfid.lowest());
    LevelScheme eight = LevelScheme.of("eight", "1", "2", "3", "4", "5", "6", "7", "8");
    assertEquals(7, eight.rankOf("8"));
  }

  @Test
  void rejectsABlankName() {
    assertEquals(
        "levelScheme.name: got \" \", expected a name that is not blank",
        assertThrows(InvalidValueException.class, () -> LevelScheme.of(" ", "goal"))
            .getMessage());
  }

  @Test
  void rejectsNoLevelOrMoreThanEight() {
    assertEquals(
        "levelScheme.levels: got [], expected 1 to 8 levels",
        assertThrows(InvalidValueException.class, () -> LevelScheme.of("none")).getMessage());
    assertEquals(
        "levelScheme.levels: got [a, b, c, d, e, f, g, h, i], expected 1 to 8 levels",
        assertThrows(
                InvalidValueException.class,
                () -> LevelScheme.of("nine", "a", "b", "c", "d", "e", "f", "g", "h", "i"))
            .getMessage());
  }

  @Test
  void rejectsBlankOrRepeatedLevels() {
    assertEquals(
        "levelScheme.levels[1]: got \"\", expected a level name that is not blank",
        assertThrows(InvalidValueException.class, () -> LevelScheme.of("x", "goal", "", "output"))
            .getMessage());
    assertEquals(
        "levelScheme.levels[2]: got \"output\", expected a level name not used before in the"
            + " scheme",
        assertThrows(
                InvalidValueException.class,
                () -> LevelScheme.of("x", "output", "outcome", "output"))
            .getMessage());
  }

  @Test
  void rejectsAnUnknownLevel() {
    assertEquals(
        "level: got \"impact\", expected one of [strategic objective, outcome, immediate outcome]",
        assertThrows(InvalidValueException.class, () -> LevelScheme.ILO.rankOf("impact"))
            .getMessage());
  }

  @Test
  void equalsByNameAndLevels() {
    new EqualsTester()
        .addEqualityGroup(
            LevelScheme.ILO,
            LevelScheme.of("ILO", "strategic objective", "outcome", "immediate outcome"))
        .addEqualityGroup(LevelScheme.of("ILO", "strategic objective", "outcome"))
        .addEqualityGroup(
            LevelScheme.of("ILO-2010", "strategic objective", "outcome", "immediate outcome"))
        .addEqualityGroup(LevelScheme.OECD_DAC)
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(LevelScheme.class);
    new NullPointerTester().testAllPublicInstanceMethods(LevelScheme.ILO);
  }
}
