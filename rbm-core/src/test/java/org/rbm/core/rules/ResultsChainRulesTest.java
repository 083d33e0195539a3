package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.assertFindings;
import static org.rbm.core.rules.Fixtures.framework;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.io11;
import static org.rbm.core.rules.Fixtures.oc1;
import static org.rbm.core.rules.Fixtures.result;
import static org.rbm.core.rules.Fixtures.so1;
import static org.rbm.core.rules.Fixtures.validate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ContributionLink;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

class ResultsChainRulesTest {
  private static final FrameworkId SPF = FrameworkId.of("SPF-2010-15");

  @Test
  void validFrameworkHasNoFinding() {
    ValidationReport report = validate(Fixtures.valid());
    assertTrue(report.isClean(), report.findings().toString());
    assertEquals("PB-2008-09", report.subjectId());
  }

  @Test
  void flagsLowestLevelResultWithoutIndicator() {
    ValidationReport report = validate(framework(List.of(so1(), oc1(), io11())));
    assertFindings(report, "RBM-RES-001 ERROR /results/SO1/OC1/IO1.1");
    assertEquals(
        "Immediate outcome IO1.1 has no indicator: add at least one, with its baseline and targets.",
        report.findings().get(0).message());
  }

  @Test
  void flagsHigherResultsWithoutChildren() {
    ResultsFramework f = framework(List.of(
        so1(), oc1(), io11(indicator("IND-1").build()),
        result("OC2", "outcome", "SO1", "Employment policies are adopted"),
        result("SO2", "strategic objective", null, "Social protection")));
    assertFindings(validate(f),
        "RBM-RES-002 ERROR /results/SO1/OC2",
        "RBM-RES-002 ERROR /results/SO2");
    assertEquals(
        "Outcome OC2 has no immediate outcome below it: add at least one, or remove it.",
        validate(f).findings().get(0).message());
  }

  @Test
  void aLogframeMayStopAtOutputsButNotAtPurposes() {
    // LOGFRAME's activity level is optional: an output with no activity is no finding; its
    // purpose level is required, so a goal with no purpose still is.
    ResultsFramework f = ResultsFramework.builder()
        .from(framework(List.of()))
        .levelScheme(org.rbm.core.results.LevelScheme.LOGFRAME)
        .addResults(
            result("G1", "goal", null, "Decent work for young people"),
            result("P1", "purpose", "G1", "Young people find jobs"),
            result("O1", "output", "P1", "Apprenticeships are offered")
                .withIndicators(indicator("IND-1").build()),
            result("G2", "goal", null, "Social protection"))
        .build();
    assertFindings(validate(f), "RBM-RES-002 ERROR /results/G2");
    assertEquals(
        "Goal G2 has no purpose below it: add at least one, or remove it.",
        validate(f).findings().get(0).message());
  }

  @Test
  void flagsRootsBelowTheHighestLevelAsSkippedLevels() {
    ResultsFramework f = framework(List.of(
        so1(), oc1(), io11(indicator("IND-1").build()),
        result("OC9", "outcome", null, "Orphan outcome"),
        result("IO9.1", "immediate outcome", "OC9", "Its immediate outcome")
            .withIndicators(indicator("IND-9").build()),
        result("IO7", "immediate outcome", null, "Orphan immediate outcome")
            .withIndicators(indicator("IND-7").build())));
    assertFindings(validate(f),
        "RBM-RES-003 ERROR /results/IO7",
        "RBM-RES-003 ERROR /results/OC9");
  }

  private static ResultsFramework linking(FrameworkId target, String result) {
    return Fixtures.valid().withContributions(
        ContributionLink.of(ResultId.of("IO1.1"), target, ResultId.of(result)));
  }

  private static ResultsFramework spf() {
    return framework(List.of(
            result("SO1", "strategic objective", null, "Rights at work"),
            result("OC1", "outcome", "SO1", "Rights are realized"),
            io11(indicator("IND-S").build())))
        .withId(SPF);
  }

  @Test
  void flagsContributionToMissingResultOfAKnownFramework() {
    ValidationReport report =
        StandardRules.validator().validate(linking(SPF, "OC5"), ValidationContext.of(List.of(spf())));
    assertFindings(report,
        "RBM-RES-004 ERROR /results/SO1/OC1/IO1.1/contributions/SPF-2010-15/OC5");
    assertEquals(
        "Immediate outcome IO1.1 contributes to OC5, which SPF-2010-15 does not have.",
        report.findings().get(0).message());
  }

  @Test
  void acceptsContributionToExistingResult() {
    assertTrue(StandardRules.validator()
        .validate(linking(SPF, "OC1"), ValidationContext.of(List.of(spf())))
        .isClean());
  }

  @Test
  void checksContributionsWithinTheFrameworkItself() {
    assertTrue(validate(linking(Fixtures.PB, "SO1")).isClean());
    assertFindings(validate(linking(Fixtures.PB, "SO9")),
        "RBM-RES-004 ERROR /results/SO1/OC1/IO1.1/contributions/PB-2008-09/SO9");
  }

  @Test
  void warnsAboutContributionToUnknownFramework() {
    assertFindings(validate(linking(SPF, "OC1")),
        "RBM-RES-005 WARNING /results/SO1/OC1/IO1.1/contributions/SPF-2010-15/OC1");
  }

  @Test
  void contextMayLookFrameworksUp() {
    ValidationContext lookup =
        ValidationContext.lookingUp(id -> id.equals(SPF) ? Optional.of(spf()) : Optional.empty());
    assertTrue(StandardRules.validator().validate(linking(SPF, "OC1"), lookup).isClean());
  }

  @Test
  void flagsSiblingsWithTheSameTitleIgnoringCaseAndSpacing() {
    ResultsFramework f = framework(List.of(
        so1(), oc1(), io11(indicator("IND-1").build()),
        result("IO1.2", "immediate outcome", "OC1", " member states  ACT against child labour")
            .withIndicators(indicator("IND-2").build()),
        result("SO2", "strategic objective", null, "standards and rights AT WORK"),
        result("OC2", "outcome", "SO2", "Fundamental principles and rights are realized"),
        result("IO2.1", "immediate outcome", "OC2", "Member States act against child labour")
            .withIndicators(indicator("IND-3").build())));
    // IO2.1 and OC2 repeat titles of results under other parents: allowed.
    assertFindings(validate(f),
        "RBM-RES-006 WARNING /results/SO1/OC1/IO1.2",
        "RBM-RES-006 WARNING /results/SO2");
    assertEquals(
        "Immediate outcome IO1.2 has the same title as IO1.1:"
            + " \"member states  ACT against child labour\".",
        validate(f).findings().get(0).message());
  }

  @Test
  void treatsNoBreakSpacesAsSpacingWhenComparingSiblingTitles() {
    // Text pasted from a word processor often carries U+00A0 between words.
    ResultsFramework f = framework(List.of(
        so1(), oc1(), io11(indicator("IND-1").build()),
        result("IO1.2", "immediate outcome", "OC1", "Member\u00A0States act against child labour")
            .withIndicators(indicator("IND-2").build())));
    assertFindings(validate(f), "RBM-RES-006 WARNING /results/SO1/OC1/IO1.2");
  }

  @Test
  void flagsTheSiblingWithTheLaterIdWhateverTheOrderGiven() {
    ResultsFramework f = framework(List.of(
        so1(), oc1(),
        result("IO1.2", "immediate outcome", "OC1", "Member States act against child labour")
            .withIndicators(indicator("IND-2").build()),
        io11(indicator("IND-1").build())));
    assertFindings(validate(f), "RBM-RES-006 WARNING /results/SO1/OC1/IO1.2");
    assertEquals("Immediate outcome IO1.2 has the same title as IO1.1:"
        + " \"Member States act against child labour\".", validate(f).findings().get(0).message());
  }
}
