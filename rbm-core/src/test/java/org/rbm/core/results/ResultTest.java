package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;

class ResultTest {

  /** The outcome of the class Javadoc. */
  private static Result outcome() {
    return Result.builder()
        .id(ResultId.of("OC1a"))
        .level("outcome")
        .title("Standards and fundamental principles and rights at work are realized")
        .parent(ResultId.of("SO1"))
        .addExternalReferences(ExternalReference.of("SDG", "8.7"))
        .build();
  }

  @Test
  void buildsTheExampleOfTheDocumentation() {
    Result oc = outcome();
    assertEquals(ResultId.of("OC1a"), oc.id());
    assertEquals("outcome", oc.level());
    assertEquals(Optional.of(ResultId.of("SO1")), oc.parent());
    assertEquals(List.of(ExternalReference.of("SDG", "8.7")), oc.externalReferences());
    assertEquals(Optional.empty(), oc.description());
    assertEquals(List.of(), oc.assumptions());
    assertEquals(List.of(), oc.indicators());
  }

  @Test
  void holdsAssumptionsAndIndicatorsInTheOrderGiven() {
    Indicator ratified =
        Indicator.builder()
            .id(IndicatorId.of("IND-2"))
            .title("Member States that ratified a fundamental Convention")
            .measure(Measure.COUNT)
            .build();
    Result oc =
        outcome().withAssumptions("Political commitment is sustained", "Funding is secured")
            .withIndicators(ratified);
    assertEquals(
        List.of("Political commitment is sustained", "Funding is secured"), oc.assumptions());
    assertEquals(List.of(ratified), oc.indicators());
  }

  @Test
  void requiresAnIdALevelAndATitle() {
    assertEquals(
        "Cannot build Result, some of required attributes are not set [id, level, title]",
        assertThrows(InvalidValueException.class, () -> Result.builder().build()).getMessage());
  }

  @Test
  void rejectsABlankTitle() {
    assertEquals(
        "title: got \"\", expected a title that is not blank",
        assertThrows(InvalidValueException.class, () -> outcome().withTitle("")).getMessage());
  }

  @Test
  void rejectsAResultThatIsItsOwnParent() {
    assertEquals(
        "parent: got OC1a, expected a result other than the result itself",
        assertThrows(
                InvalidValueException.class, () -> outcome().withParent(ResultId.of("OC1a")))
            .getMessage());
  }

  @Test
  void statesWhetherItIsSuitableForAggregationOnlyWhenGiven() {
    assertEquals(Optional.empty(), outcome().suitableForAggregation());
    assertEquals(Optional.of(false), outcome().withSuitableForAggregation(false)
        .suitableForAggregation());
    Result suitable = Result.builder().from(outcome()).suitableForAggregation(true).build();
    assertEquals(Optional.of(true), suitable.suitableForAggregation());
    assertEquals(Optional.empty(),
        suitable.withSuitableForAggregation(Optional.empty()).suitableForAggregation());
  }

  @Test
  void refusesAnIndicatorUriOnItsReferences() {
    ExternalReference toIndicator =
        ExternalReference.of("99", "B1").withIndicatorUri("http://example.com/i.html");
    assertEquals(
        "externalReferences[1].indicatorUri: got \"http://example.com/i.html\", expected no"
            + " indicator URI on a result's reference (an indicator's reference may have one)",
        assertThrows(InvalidValueException.class,
            () -> outcome().withExternalReferences(ExternalReference.of("SDG", "8.7"), toIndicator))
            .getMessage());
    ExternalReference withVocabulary =
        ExternalReference.of("99", "B1").withVocabularyUri("http://example.com/v.html");
    assertEquals(List.of(withVocabulary),
        outcome().withExternalReferences(withVocabulary).externalReferences());
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(outcome(), outcome())
        .addEqualityGroup(outcome().withParent(Optional.empty()))
        .addEqualityGroup(outcome().withLevel("immediate outcome"))
        .addEqualityGroup(outcome().withDescription("Rights at work"))
        .addEqualityGroup(outcome().withExternalReferences())
        .addEqualityGroup(outcome().withSuitableForAggregation(true))
        .addEqualityGroup(outcome().withSuitableForAggregation(false))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Result.class);
    new NullPointerTester().testAllPublicInstanceMethods(outcome());
    new NullPointerTester().testAllPublicInstanceMethods(Result.builder());
  }
}
