package org.rbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ImplementationReport;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.money.Money;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.ResultId;
import org.rbm.text.DocumentFormat;
import org.rbm.text.ImplementationReports;
import org.rbm.text.RenderOptions;

/** The implementation-report sample of README.md, kept compiling and true. */
class ImplementationReportReadmeSampleTest {
  @Test
  void sampleRuns() {
    StrategicPolicyFramework spf = ImplementationReportSection.spf2006();
    ProgrammeAndBudget pb = ImplementationReportSection.programmeAndBudget();
    ProgrammeAndBudget previousPb = ImplementationReportSection.previous();
    Expenditure spent2008 = ImplementationReportSection.expenditure2008();

    OutcomeNarrative io2a1 = OutcomeNarrative.builder()
        .outcome(ResultId.of("IO2a.1"))
        .officeContribution("Drafting support and regional quality assurance of DWCPs")
        .partnersContribution("Tripartite constituents set the priorities and signed the programmes")
        .addDifficulties("Quality assurance reviewed fewer DWCPs than planned")
        .addLessons("Review DWCPs while they are drafted, not after")
        .build();
    ProgressReport progress = ProgressCalculator.of(ProgressSettings.defaults())
        .report(pb.framework(), LocalDate.of(2009, 1, 1));
    ImplementationReport report = ImplementationReport.of(
        spf, pb, Optional.of(previousPb), spent2008, progress, List.of(io2a1));
    assertEquals(Optional.of(new BigDecimal("0.9375")), report.outcomes().get(0).achievement());
    // RB spent on outcomes of the P&B: 2.9M + 2.6M + 3.8M + 1.45M.
    assertEquals(Money.parse("USD 10750000"), report.totals().get(0).spent());
    String html = ImplementationReports.render(report, DocumentFormat.HTML, RenderOptions.defaults());
    assertTrue(html.contains("Review DWCPs while they are drafted, not after"));
  }
}
