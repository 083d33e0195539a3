package org.rbm.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.Severity;
import org.rbm.core.rules.ValidationReport;

class IatiRulesTest {
  private static IatiActivity activity(String results) {
    String xml = "<iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>XX-1</iati-identifier>" + results + "</iati-activity></iati-activities>";
    return IatiReader.lenient().readAll(xml.getBytes(UTF_8)).get(0).activity();
  }

  private static List<String> findings(ValidationReport report) {
    return report.findings().stream().sorted(Finding.ORDER).map(Finding::toString).toList();
  }

  @Test
  void hasIatisElevenRulesWithIatisSeverities() {
    var rules = IatiRules.standard();
    assertEquals(11, rules.rules().size());
    for (String error : List.of("8.6.1", "8.8.1", "8.9.1", "8.10.1", "8.11.1")) {
      assertEquals(Severity.ERROR, rules.severityOf(RuleId.of("IATI-" + error)), error);
    }
    for (String warning : List.of("8.8.2", "8.9.2", "8.10.2", "8.8.3", "8.9.3", "8.10.3")) {
      assertEquals(Severity.WARNING, rules.severityOf(RuleId.of("IATI-" + warning)), warning);
    }
  }

  @Test
  void findsEachBrokenRuleAtItsElement() {
    IatiActivity a = activity(
        "<result type=\"1\"><title><narrative>R</narrative></title>"
            + "<reference vocabulary=\"1\" code=\"8\"/>"
            + "<indicator measure=\"1\"><title><narrative>I</narrative></title>"
            + "<reference vocabulary=\"1\" code=\"8.5.1\"/>"
            + "<baseline year=\"2010\"/>"
            + "<period><period-start iso-date=\"2012-12-31\"/><period-end iso-date=\"2012-01-01\"/>"
            + "<target value=\"20,000\"/><actual/></period>"
            + "</indicator>"
            + "<indicator measure=\"5\"><title><narrative>Q</narrative></title>"
            + "<baseline year=\"2010\" value=\"weak\"/>"
            + "<period><period-start iso-date=\"2012-01-01\"/><period-end iso-date=\"2012-01-01\"/>"
            + "<target value=\"strong\"/><actual value=\"fair\"/></period>"
            + "</indicator></result>");
    ValidationReport report = IatiRules.validator().validate(a);
    assertEquals(List.of(
            "ERROR IATI-8.11.1 XX-1 /result[1]: The result has references and so does its indicator"
                + " indicator[1].",
            "ERROR IATI-8.8.1 XX-1 /result[1]/indicator[1]/baseline[1]: The baseline has no value,"
                + " which measure 1 requires.",
            "ERROR IATI-8.6.1 XX-1 /result[1]/indicator[1]/period[1]: The period starts on"
                + " 2012-12-31, after its end 2012-01-01.",
            "ERROR IATI-8.10.1 XX-1 /result[1]/indicator[1]/period[1]/actual[1]: The actual has no"
                + " value, which measure 1 requires.",
            "WARNING IATI-8.9.2 XX-1 /result[1]/indicator[1]/period[1]/target[1]: The target value"
                + " \"20,000\" is not a number.",
            "WARNING IATI-8.8.3 XX-1 /result[1]/indicator[2]/baseline[1]: The baseline has the"
                + " value \"weak\", which a qualitative measure should not have.",
            "WARNING IATI-8.10.3 XX-1 /result[1]/indicator[2]/period[1]/actual[1]: The actual has"
                + " the value \"fair\", which a qualitative measure should not have.",
            "WARNING IATI-8.9.3 XX-1 /result[1]/indicator[2]/period[1]/target[1]: The target has"
                + " the value \"strong\", which a qualitative measure should not have."),
        findings(report));
  }

  @Test
  void theSchemaTestFileBreaksNoRuleAsIatiReadsCodes() {
    // 24-results.xml writes measures as words (Unit, NDP): IATI's rules compare codes, so none
    // applies; its references stand on indicators only, so 8.11.1 holds.
    IatiActivity a = IatiReader.lenient().readAll(Examples.bytes(Examples.RESULTS_24)).get(0)
        .activity();
    ValidationReport report = IatiRules.validator().validate(a);
    assertTrue(report.isClean(), report.toString());
    assertEquals("(no identifier)", report.subjectId());
  }

  @Test
  void theAnnotatedExampleDeclaresReferencesTwice() {
    IatiActivity a = IatiReader.lenient().readAll(Examples.bytes(Examples.ANNOTATED)).get(0)
        .activity();
    assertEquals(List.of("ERROR IATI-8.11.1 AA-AAA-123456789-ABC123 /result[1]: The result has"
            + " references and so does its indicator indicator[1]."),
        findings(IatiRules.validator().validate(a)));
  }

  @Test
  void theAnnotatedExamplesFrameworkBreaks8111Too() {
    // The framework now holds the indicator's references, so the rule applies to it as well.
    var f = IatiReader.lenient().readAll(Examples.bytes(Examples.ANNOTATED)).get(0).framework();
    assertEquals(List.of("ERROR IATI-8.11.1 AA-AAA-123456789-ABC123 /results/R1: The result has"
            + " references and so does its indicator R1.I1."),
        findings(IatiRules.frameworkValidator().validate(f)));
    var fixed = f.updateResult(org.rbm.core.results.ResultId.of("R1"),
        r -> r.withExternalReferences());
    assertEquals(List.of(), findings(IatiRules.frameworkValidator().validate(fixed)));
  }

  @Test
  void severitiesCanBeChanged() {
    IatiActivity a = activity("<result type=\"1\"><title><narrative>R</narrative></title>"
        + "<indicator measure=\"2\"><title><narrative>I</narrative></title>"
        + "<baseline year=\"2010\"/></indicator></result>");
    var lenient = IatiRules.standard().withSeverity(RuleId.of("IATI-8.8.1"), Severity.WARNING);
    ValidationReport report = org.rbm.core.rules.Validator.of(lenient, IatiActivity::identifier)
        .validate(a);
    assertEquals(1, report.count(Severity.WARNING));
    assertEquals(0, report.count(Severity.ERROR));
  }
}
