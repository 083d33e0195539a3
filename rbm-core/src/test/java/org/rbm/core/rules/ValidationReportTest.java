package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class ValidationReportTest {
  private static final String PB = "PB-2008-09";
  private static final Finding UNIT = finding("RBM-IND-001", Severity.ERROR,
      "/results/SO1/OC1/IO1.1/indicators/IND-1");
  private static final Finding PERIOD = finding("RBM-PER-002", Severity.WARNING,
      "/results/SO1/OC1/IO1.1/indicators/IND-1/periods/2009");
  private static final Finding TITLE = finding("RBM-RES-006", Severity.WARNING, "/results/SO2");
  private static final Finding NO_CHILD = finding("RBM-RES-002", Severity.ERROR, "/results/SO2");
  private static final Finding ROOT = finding("ACME-001", Severity.INFO, "/");

  private static Finding finding(String rule, Severity severity, String location) {
    return TestFindings.text(RuleId.of(rule), severity, PB, Location.parse(location), "Message of " + rule);
  }

  @Test
  void listsFindingsByLocationThenRuleWhateverTheOrderGiven() {
    List<Finding> expected = List.of(ROOT, UNIT, PERIOD, NO_CHILD, TITLE);
    assertEquals(expected,
        ValidationReport.of(PB, List.of(TITLE, PERIOD, ROOT, NO_CHILD, UNIT)).findings());
    assertEquals(expected,
        ValidationReport.of(PB, List.of(UNIT, NO_CHILD, TITLE, ROOT, PERIOD)).findings());
  }

  @Test
  void countsBySeverityAndByRule() {
    ValidationReport report = ValidationReport.of(PB, List.of(TITLE, PERIOD, NO_CHILD, UNIT,
        finding("RBM-IND-001", Severity.ERROR, "/results/SO1/OC1/IO1.1/indicators/IND-2")));
    assertEquals(ImmutableMap.of(Severity.ERROR, 3, Severity.WARNING, 2, Severity.INFO, 0),
        report.countsBySeverity());
    assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
        report.countsBySeverity().keySet().asList());
    assertEquals(ImmutableMap.of(RuleId.of("RBM-IND-001"), 2, RuleId.of("RBM-PER-002"), 1,
            RuleId.of("RBM-RES-002"), 1, RuleId.of("RBM-RES-006"), 1),
        report.countsByRule());
    assertEquals(List.of(RuleId.of("RBM-IND-001"), RuleId.of("RBM-PER-002"),
            RuleId.of("RBM-RES-002"), RuleId.of("RBM-RES-006")),
        report.countsByRule().keySet().asList());
    assertTrue(report.hasErrors());
    assertEquals(List.of(PERIOD, TITLE), report.findings(Severity.WARNING));
    assertEquals(List.of(NO_CHILD), report.findings(RuleId.of("RBM-RES-002")));
    assertEquals("PB-2008-09: 3 errors, 2 warnings, 0 info", report.toString());
  }

  @Test
  void warningsAloneAreNoError() {
    ValidationReport report = ValidationReport.of(PB, List.of(TITLE, ROOT));
    assertFalse(report.hasErrors());
    assertFalse(report.isClean());
    assertEquals("PB-2008-09: 0 errors, 1 warning, 1 info", report.toString());
    ValidationReport clean = ValidationReport.of(PB, List.of());
    assertTrue(clean.isClean());
    assertEquals(ImmutableMap.of(Severity.ERROR, 0, Severity.WARNING, 0, Severity.INFO, 0),
        clean.countsBySeverity());
    assertTrue(clean.countsByRule().isEmpty());
  }

  @Test
  void rejectsFindingsAboutAnotherSubject() {
    Finding other = TestFindings.text(RuleId.of("RBM-RES-002"), Severity.ERROR, "SPF-2010-15",
        Location.ROOT, "Elsewhere");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ValidationReport.of(PB, List.of(TITLE, other)));
    assertEquals("findings[1].subjectId: got \"SPF-2010-15\", expected the report's subject"
        + " PB-2008-09", e.getMessage());
    assertThrows(InvalidValueException.class, () -> ValidationReport.of(" ", List.of()));
  }

  @Test
  void equalsByFindingsInOrder() {
    new EqualsTester()
        .addEqualityGroup(ValidationReport.of(PB, List.of(TITLE, UNIT)),
            ValidationReport.of(PB, List.of(UNIT, TITLE)))
        .addEqualityGroup(ValidationReport.of(PB, List.of(UNIT)))
        .addEqualityGroup(ValidationReport.of("SPF-2010-15", List.of()))
        .testEquals();
  }

  @Test
  void findingsAndRuleInfosCheckTheirText() {
    assertThrows(InvalidValueException.class,
        () -> TestFindings.text(RuleId.of("A-1"), Severity.INFO, PB, Location.ROOT, "  "));
    InvalidValueException twoLines = assertThrows(InvalidValueException.class,
        () -> RuleInfo.of("A-1", Severity.INFO, "One\ntwo", "Why", "Where"));
    assertEquals("description: got \"One\ntwo\", expected one line that is not blank",
        twoLines.getMessage());
    assertThrows(InvalidValueException.class,
        () -> RuleInfo.of("A-1", Severity.INFO, "One", " ", "Where"));
    assertThrows(InvalidValueException.class,
        () -> RuleInfo.of("A-1", Severity.INFO, "One", "Why", ""));
    assertEquals("WARNING RBM-RES-006 PB-2008-09 /results/SO2: Message of RBM-RES-006",
        TITLE.toString());
  }

  @Test
  void severitiesAreOrderedFromErrorToInfo() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }
}
