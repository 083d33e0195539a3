package org.rbm.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Measure;
import org.rbm.core.period.PlanningPeriod;

/**
 * An ILO-style fragment of the 2008-09 Programme and Budget: one strategic objective, two outcomes,
 * three immediate outcomes, each immediate outcome with one indicator.
 *
 * <pre>
 * SO1
 * ├── OC1.1
 * │   ├── IO1.1.1  (IND-1)
 * │   └── IO1.1.2  (IND-2)
 * └── OC1.2
 *     └── IO1.2.1  (IND-3)
 * </pre>
 */
class ResultsFrameworkTest {
  private static final String ILO_SCHEME =
      "ILO[strategic objective > outcome > immediate outcome]";

  private static Indicator indicator(String id) {
    return Indicator.builder()
        .id(IndicatorId.of(id))
        .title("Member States with a Decent Work Country Programme")
        .measure(Measure.COUNT)
        .build();
  }

  private static Result result(String id, String level, String parent, String... indicators) {
    Result.Builder r = Result.builder().id(ResultId.of(id)).level(level).title("Result " + id);
    if (!parent.isEmpty()) {
      r.parent(ResultId.of(parent));
    }
    for (String i : indicators) {
      r.addIndicators(indicator(i));
    }
    return r.build();
  }

  private static final Result SO1 = result("SO1", "strategic objective", "");
  private static final Result OC11 = result("OC1.1", "outcome", "SO1");
  private static final Result OC12 = result("OC1.2", "outcome", "SO1");
  private static final Result IO111 = result("IO1.1.1", "immediate outcome", "OC1.1", "IND-1");
  private static final Result IO112 = result("IO1.1.2", "immediate outcome", "OC1.1", "IND-2");
  private static final Result IO121 = result("IO1.2.1", "immediate outcome", "OC1.2", "IND-3");

  private static ResultsFramework.Builder pb(Result... results) {
    return ResultsFramework.builder()
        .id(FrameworkId.of("PB-2008-09"))
        .title("Programme and Budget 2008-09")
        .owner("ILO")
        .planningPeriod(PlanningPeriod.parse("2008-09"))
        .levelScheme(LevelScheme.ILO)
        .addResults(results);
  }

  /** The results given leaves first and out of order: queries must not depend on it. */
  private static ResultsFramework fragment() {
    return pb(IO121, OC12, IO112, SO1, IO111, OC11).build();
  }

  private static List<ResultId> ids(List<Result> results) {
    return results.stream().map(Result::id).toList();
  }

  private static List<ResultId> ids(String... codes) {
    return java.util.Arrays.stream(codes).map(ResultId::of).toList();
  }

  @Test
  void keepsItsAttributesAndTheResultsInTheOrderGiven() {
    ResultsFramework f = fragment();
    assertEquals(FrameworkId.of("PB-2008-09"), f.id());
    assertEquals("ILO", f.owner());
    assertEquals(PlanningPeriod.parse("2008-09"), f.planningPeriod());
    assertEquals(ids("IO1.2.1", "OC1.2", "IO1.1.2", "SO1", "IO1.1.1", "OC1.1"), ids(f.results()));
    assertEquals(List.of(), f.contributions());
  }

  @Test
  void walksTheTreeDepthFirstWithSiblingsInTheOrderGiven() {
    ResultsFramework f = fragment();
    assertEquals(List.of(SO1), f.roots());
    // OC1.2 is given before OC1.1, and IO1.1.2 before IO1.1.1.
    assertEquals(
        ids("SO1", "OC1.2", "IO1.2.1", "OC1.1", "IO1.1.2", "IO1.1.1"),
        ids(f.resultsInTreeOrder()));
    assertEquals(ids("OC1.2", "OC1.1"), ids(f.children(ResultId.of("SO1"))));
    assertEquals(List.of(), f.children(ResultId.of("IO1.1.1")));
  }

  @Test
  void answersPathsSubtreesAndDepths() {
    ResultsFramework f = fragment();
    assertEquals(
        ids("IO1.1.2", "OC1.1", "SO1"), ids(f.pathToRoot(ResultId.of("IO1.1.2"))));
    assertEquals(ids("SO1"), ids(f.pathToRoot(ResultId.of("SO1"))));
    assertEquals(ids("OC1.1", "IO1.1.2", "IO1.1.1"), ids(f.subtree(ResultId.of("OC1.1"))));
    assertEquals(ids("IO1.2.1"), ids(f.subtree(ResultId.of("IO1.2.1"))));
    assertEquals(0, f.depth(ResultId.of("SO1")));
    assertEquals(2, f.depth(ResultId.of("IO1.2.1")));
  }

  @Test
  void findsIndicatorsBelowAResultAndTheirResult() {
    ResultsFramework f = fragment();
    assertEquals(
        List.of(indicator("IND-2"), indicator("IND-1")), f.indicatorsBelow(ResultId.of("OC1.1")));
    assertEquals(
        List.of(indicator("IND-3"), indicator("IND-2"), indicator("IND-1")),
        f.indicatorsBelow(ResultId.of("SO1")));
    assertEquals(List.of(indicator("IND-3"), indicator("IND-2"), indicator("IND-1")), f.indicators());
    assertEquals(Optional.of(indicator("IND-2")), f.indicator(IndicatorId.of("IND-2")));
    assertEquals(Optional.of(IO112), f.resultOf(IndicatorId.of("IND-2")));
    assertEquals(Optional.empty(), f.indicator(IndicatorId.of("IND-4")));
    assertEquals(Optional.empty(), f.resultOf(IndicatorId.of("IND-4")));
  }

  @Test
  void findsResultsByIdAndByLevel() {
    ResultsFramework f = fragment();
    assertEquals(Optional.of(OC12), f.result(ResultId.of("OC1.2")));
    assertEquals(Optional.empty(), f.result(ResultId.of("OC1.3")));
    assertEquals(ids("OC1.2", "OC1.1"), ids(f.resultsAtLevel("outcome")));
    assertEquals(ids("SO1"), ids(f.resultsAtLevel("strategic objective")));
    assertEquals(
        "level: got \"output\", expected one of [strategic objective, outcome, immediate outcome]",
        assertThrows(InvalidValueException.class, () -> f.resultsAtLevel("output")).getMessage());
  }

  @Test
  void rejectsQueriesAboutAnUnknownResult() {
    ResultsFramework f = fragment();
    ResultId unknown = ResultId.of("OC9");
    String expected = "resultId: got OC9, expected the id of a result in this framework";
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> f.children(unknown)).getMessage());
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> f.pathToRoot(unknown)).getMessage());
    assertEquals(
        expected, assertThrows(InvalidValueException.class, () -> f.subtree(unknown)).getMessage());
    assertEquals(
        expected,
        assertThrows(InvalidValueException.class, () -> f.indicatorsBelow(unknown)).getMessage());
  }

  @Test
  void allowsRootsBelowTheHighestLevelAndAnEmptyFramework() {
    Result rootOutcome = OC11.withParent(Optional.empty());
    ResultsFramework f = pb(rootOutcome, IO111).build();
    assertEquals(List.of(rootOutcome), f.roots());
    assertEquals(0, f.depth(ResultId.of("OC1.1")));
    assertEquals(List.of(), pb().build().resultsInTreeOrder());
  }

  @Test
  void requiresItsAttributes() {
    assertEquals(
        "Cannot build ResultsFramework, some of required attributes are not set"
            + " [id, title, owner, planningPeriod, levelScheme]",
        assertThrows(InvalidValueException.class, () -> ResultsFramework.builder().build())
            .getMessage());
  }

  @Test
  void rejectsABlankTitleOrOwner() {
    assertEquals(
        "title: got \" \", expected a title that is not blank",
        assertThrows(InvalidValueException.class, () -> pb(SO1).title(" ").build()).getMessage());
    assertEquals(
        "owner: got \"\", expected an owner that is not blank",
        assertThrows(InvalidValueException.class, () -> pb(SO1).owner("").build()).getMessage());
  }

  @Test
  void rejectsAResultIdUsedTwice() {
    assertEquals(
        "results[2].id: got SO1, expected an id not used before (results[0])",
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1, OC11, SO1.withTitle("Another objective")).build())
            .getMessage());
  }

  @Test
  void rejectsALevelOutsideTheScheme() {
    assertEquals(
        "results[1].level: got \"impact\", expected one of the levels"
            + " [strategic objective, outcome, immediate outcome]",
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1, result("IM1", "impact", "")).build())
            .getMessage());
  }

  @Test
  void rejectsAnIndicatorIdUsedTwice() {
    assertEquals(
        "results[1].indicators[0].id: got IND-1, expected an indicator id not used before"
            + " (results[0].indicators[0].id)",
        assertThrows(
                InvalidValueException.class,
                () -> pb(IO111, result("IO1.1.2", "immediate outcome", "", "IND-1")).build())
            .getMessage());
    assertEquals(
        "results[0].indicators[1].id: got IND-1, expected an indicator id not used before"
            + " (results[0].indicators[0].id)",
        assertThrows(
                InvalidValueException.class,
                () -> pb(result("IO1.1.1", "immediate outcome", "", "IND-1", "IND-1")).build())
            .getMessage());
  }

  @Test
  void rejectsAParentThatIsNotInTheFramework() {
    assertEquals(
        "results[1].parent: got SO9, expected the id of a result in this framework",
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1, result("OC9.1", "outcome", "SO9")).build())
            .getMessage());
  }

  @Test
  void rejectsAParentThatIsNotExactlyOneLevelUp() {
    assertEquals(
        "results[1].parent: got \"SO1 (strategic objective)\", expected a result one level above"
            + " immediate outcome in "
            + ILO_SCHEME,
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1, result("IO1.0.1", "immediate outcome", "SO1")).build())
            .getMessage());
    assertEquals(
        "results[0].parent: got \"OC1.1 (outcome)\", expected a result one level above"
            + " strategic objective in "
            + ILO_SCHEME,
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1.withParent(ResultId.of("OC1.1")), OC11).build())
            .getMessage());
  }

  @Test
  void rejectsACycle() {
    // Two outcomes, each the other's parent: neither sits one level above the other.
    Result a = result("OC1", "outcome", "OC2");
    Result b = result("OC2", "outcome", "OC1");
    assertEquals(
        "results[0].parent: got \"OC2 (outcome)\", expected a result one level above outcome in "
            + ILO_SCHEME,
        assertThrows(InvalidValueException.class, () -> pb(a, b).build()).getMessage());
  }

  @Test
  void holdsContributionLinksFromItsResults() {
    ContributionLink link =
        ContributionLink.of(
            ResultId.of("OC1.2"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1.1.3"));
    ResultsFramework f = pb(SO1, OC12).addContributions(link).build();
    assertEquals(List.of(link), f.contributions());
  }

  @Test
  void rejectsALinkFromAResultNotInTheFramework() {
    ContributionLink link =
        ContributionLink.of(ResultId.of("OC9"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1"));
    assertEquals(
        "contributions[0].source: got OC9, expected the id of a result in this framework",
        assertThrows(InvalidValueException.class, () -> pb(SO1).addContributions(link).build())
            .getMessage());
  }

  @Test
  void rejectsALinkGivenTwice() {
    ContributionLink link =
        ContributionLink.of(ResultId.of("SO1"), FrameworkId.of("PB-2008-09"), ResultId.of("IO1"));
    assertEquals(
        "contributions[1]: got \"SO1 -> PB-2008-09/IO1\", expected a link not given before",
        assertThrows(
                InvalidValueException.class,
                () -> pb(SO1).addContributions(link, link).build())
            .getMessage());
    // A note makes it another link.
    assertEquals(2, pb(SO1).addContributions(link, link.withNote("Joint")).build().contributions().size());
  }

  @Test
  void copiesAreChecked() {
    assertThrows(
        InvalidValueException.class,
        () -> fragment().withResults(ImmutableList.of(SO1, result("IO1.0.1", "immediate outcome", "SO1"))));
    assertThrows(InvalidValueException.class, () -> fragment().withLevelScheme(LevelScheme.OECD_DAC));
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(fragment(), fragment())
        .addEqualityGroup(pb(SO1, OC11, OC12, IO111, IO112, IO121).build())
        .addEqualityGroup(fragment().withOwner("ILO Governing Body"))
        .addEqualityGroup(fragment().withPlanningPeriod(PlanningPeriod.parse("2010-11")))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ResultId.class, ResultId.of("SO1"))
            .setDefault(IndicatorId.class, IndicatorId.of("IND-1"))
            .setDefault(FrameworkId.class, FrameworkId.of("PB-2008-09"))
            .setDefault(PlanningPeriod.class, PlanningPeriod.parse("2008-09"))
            .setDefault(LevelScheme.class, LevelScheme.ILO);
    tester.testAllPublicStaticMethods(ResultsFramework.class);
    tester.testAllPublicInstanceMethods(fragment());
    tester.testAllPublicInstanceMethods(ResultsFramework.builder());
  }
}
