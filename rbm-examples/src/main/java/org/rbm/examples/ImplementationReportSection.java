package org.rbm.examples;

import static org.rbm.core.strategies.FundingSource.EXTRA_BUDGETARY;
import static org.rbm.core.strategies.FundingSource.RBSA;
import static org.rbm.core.strategies.FundingSource.REGULAR_BUDGET;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rbm.core.cycle.Allocation;
import org.rbm.core.cycle.CycleCalendar;
import org.rbm.core.cycle.DocumentId;
import org.rbm.core.cycle.DueDocument;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ExpenditureEntry;
import org.rbm.core.cycle.ImplementationReport;
import org.rbm.core.cycle.OutcomeNarrative;
import org.rbm.core.cycle.OutcomeReport;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.SourceFinance;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.cycle.CycleRules;
import org.rbm.core.cycle.ProgrammeCycle;
import org.rbm.core.rules.Finding;
import org.rbm.text.DocumentFormat;
import org.rbm.text.ImplementationReports;
import org.rbm.text.RenderOptions;
import org.rbm.text.Words;

/**
 * The report's section on the programme cycle: a fragment of the ILO's Programme and Budget
 * 2008-09 (the framework of {@link IloFramework}) with allocations from the regular budget (RB),
 * the RBSA and extra-budgetary technical cooperation (XBTC), the expenditure of 2008, and its
 * implementation report, placed in the timeline of the SPF 2010-15 (adopted in November 2008; the
 * report on 2008-09 is due in March 2010, inside that SPF's first biennium's preparation).
 *
 * <p>The amounts are illustrative: GB.300/PFA/9/1 gives no figures per immediate outcome. So are
 * the narratives (contributions, difficulties, lessons) and the previous biennium's framework
 * (the same outcomes with fewer baselines), which stand for what the Office would write and had.
 */
public final class ImplementationReportSection {
  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate AS_OF = LocalDate.of(2009, 1, 1);
  static final ResultId IO1A1 = ResultId.of("IO1a.1");
  static final ResultId IO1B1 = ResultId.of("IO1b.1");
  static final ResultId IO2A1 = ResultId.of("IO2a.1");
  static final ResultId IO2B1 = ResultId.of("IO2b.1");

  private ImplementationReportSection() {}

  /**
   * Prints the section and writes the report as Markdown and HTML.
   *
   * @param out where to print
   * @param targetDir where to write {@code implementation-report-2008-09.md} and {@code .html}
   * @throws IOException if a file cannot be written
   */
  public static void print(PrintStream out, Path targetDir) throws IOException {
    out.println("Timeline of the SPF 2010-15 (CycleCalendar.ilo()), up to 2010:");
    CycleCalendar calendar = CycleCalendar.ilo();
    List<String> lines = new ArrayList<>();
    lines.add(calendar.implementationReport().dueFor(2009) + "  implementation report 2008-09");
    for (DueDocument d : calendar.schedule(PlanningPeriod.parse("2010-15"))) {
      if (d.due().getYear() <= 2010) {
        lines.add(d.due() + "  " + Words.in(Locale.ENGLISH).of(d.kind()) + " "
            + d.covers());
      }
    }
    lines.sort(null);
    lines.forEach(l -> out.println("  " + l));
    ImplementationReport report = report();
    out.println();
    List<Finding> findings = CycleRules.validator().validate(cycle()).findings();
    out.println("Findings of the cycle's rules on the P&B 2008-09 (" + findings.size() + "):");
    for (Finding f : findings) {
      out.println("  " + f.ruleId() + " " + f.location() + ": " + f.message());
    }
    out.println();
    out.printf("Implementation report %s (%s), progress as of %s, amounts in %s:%n",
        report.programmeAndBudget(), report.biennium(), report.asOf(), report.currency());
    for (OutcomeReport o : report.outcomes()) {
      out.printf(Locale.ROOT, "  %-7s achievement %-7s allocated %12s  spent %11s%n",
          o.outcome().id(),
          o.achievement().map(a -> percent(a)).orElse("no data"),
          o.allocated().amount().toPlainString(),
          o.spent().amount().toPlainString());
    }
    for (SourceFinance f : report.totals()) {
      out.printf(Locale.ROOT, "  %-15s allocated %12s  spent %11s%n",
          Words.in(Locale.ENGLISH).of(f.source()), f.allocated().amount().toPlainString(), f.spent().amount().toPlainString());
    }
    out.printf(Locale.ROOT, "  indicators with a baseline: %d of %d in %s, %d of %d in %s%n",
        report.measurement().withBaseline(), report.measurement().indicators(), report.biennium(),
        report.previousMeasurement().orElseThrow().withBaseline(),
        report.previousMeasurement().orElseThrow().indicators(),
        report.previousBiennium().orElseThrow());
    Path md = targetDir.resolve("implementation-report-2008-09.md");
    Path html = targetDir.resolve("implementation-report-2008-09.html");
    Files.writeString(md, ImplementationReports.render(report, DocumentFormat.MARKDOWN), StandardCharsets.UTF_8);
    Files.writeString(html, ImplementationReports.render(report, DocumentFormat.HTML, RenderOptions.defaults()),
        StandardCharsets.UTF_8);
    out.println("Written: " + md.getFileName() + ", " + html.getFileName());
  }

  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /**
   * Returns the fragment as the cycle's rules see it: the P&amp;B 2008-09 with its SPF and the
   * expenditure of 2008, as of 1 January 2009.
   *
   * @return the programme cycle
   */
  public static ProgrammeCycle cycle() {
    return ProgrammeCycle.builder()
        .spf(spf2006())
        .programmeAndBudget(programmeAndBudget())
        .expenditure(expenditure2008())
        .asOf(AS_OF)
        .build();
  }

  /**
   * Computes the implementation report of the fragment.
   *
   * @return the report on 2008-09, progress as of 1 January 2009
   */
  public static ImplementationReport report() {
    ProgrammeAndBudget pb = programmeAndBudget();
    return ImplementationReport.of(
        spf2006(),
        pb,
        Optional.of(previous()),
        expenditure2008(),
        ProgressCalculator.of(ProgressSettings.defaults()).report(pb.framework(), AS_OF),
        narratives());
  }

  /** The SPF 2006-09, to which the P&amp;B 2008-09 belongs; its framework is that of 2008-09. */
  static StrategicPolicyFramework spf2006() {
    return StrategicPolicyFramework.builder()
        .id(DocumentId.of("SPF-2006-09"))
        .period(PlanningPeriod.parse("2006-09"))
        .adoptedOn(LocalDate.of(2005, 3, 24))
        .framework(IloFramework.programmeAndBudget2008()
            .withId(FrameworkId.of("SPF-2006-09-RF"))
            .withPlanningPeriod(PlanningPeriod.parse("2006-09")))
        .build();
  }

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), USD);
  }

  /** Illustrative allocations, in US dollars, by immediate outcome, source and year. */
  static ProgrammeAndBudget programmeAndBudget() {
    ProgrammeAndBudget.Builder b = ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2008-09"))
        .biennium(PlanningPeriod.parse("2008-09"))
        .spf(DocumentId.of("SPF-2006-09"))
        .adoptedOn(LocalDate.of(2007, 6, 15))
        .currency(USD)
        .framework(IloFramework.programmeAndBudget2008());
    allocate(b, IO1A1, REGULAR_BUDGET, "3000000", "3000000");
    allocate(b, IO1A1, EXTRA_BUDGETARY, "6000000", "6000000");
    allocate(b, IO1B1, REGULAR_BUDGET, "2500000", "2500000");
    allocate(b, IO2A1, REGULAR_BUDGET, "4000000", "4000000");
    allocate(b, IO2A1, RBSA, "1000000", "1000000");
    allocate(b, IO2A1, EXTRA_BUDGETARY, "2000000", "2000000");
    allocate(b, IO2B1, REGULAR_BUDGET, "1500000", "1500000");
    allocate(b, IO2B1, EXTRA_BUDGETARY, "3000000", "3000000");
    return b.build();
  }

  private static void allocate(
      ProgrammeAndBudget.Builder b, ResultId io, FundingSource source, String y2008, String y2009) {
    b.addAllocation(Allocation.of(io, source, 2008, usd(y2008)));
    b.addAllocation(Allocation.of(io, source, 2009, usd(y2009)));
  }

  /** Illustrative expenditure of 2008, as reported in March 2009. */
  static Expenditure expenditure2008() {
    return Expenditure.builder()
        .programmeAndBudget(DocumentId.of("PB-2008-09"))
        .currency(USD)
        .reportedOn(LocalDate.of(2009, 3, 31))
        .addEntry(ExpenditureEntry.ofYear(IO1A1, REGULAR_BUDGET, 2008, usd("2900000")))
        .addEntry(ExpenditureEntry.ofYear(IO1A1, EXTRA_BUDGETARY, 2008, usd("4500000")))
        .addEntry(ExpenditureEntry.ofYear(IO1B1, REGULAR_BUDGET, 2008, usd("2600000")))
        .addEntry(ExpenditureEntry.ofYear(IO2A1, REGULAR_BUDGET, 2008, usd("3800000")))
        .addEntry(ExpenditureEntry.ofYear(IO2A1, RBSA, 2008, usd("250000")))
        .addEntry(ExpenditureEntry.ofYear(IO2A1, EXTRA_BUDGETARY, 2008, usd("1200000")))
        .addEntry(ExpenditureEntry.ofYear(IO2B1, REGULAR_BUDGET, 2008, usd("1450000")))
        .addEntry(ExpenditureEntry.ofYear(IO2B1, EXTRA_BUDGETARY, 2008, usd("900000")))
        .build();
  }

  /**
   * An illustrative P&amp;B 2006-07 with the same results: only the ratification indicator had a
   * baseline, and neither it nor the qualitative skills indicator had targets.
   */
  static ProgrammeAndBudget previous() {
    ResultsFramework f = IloFramework.programmeAndBudget2008()
        .withId(FrameworkId.of("PB-2006-07"))
        .withPlanningPeriod(PlanningPeriod.parse("2006-07"));
    ResultsFramework before = f;
    for (Indicator i : f.indicators()) {
      before = before.updateIndicator(i.id(), ind -> ind.id().toString().equals("IND-1b.1-1")
          ? ind.withPeriods(List.of())
          : ind.withBaseline(Optional.empty())
              .withPeriods(ind.id().toString().equals("IND-2b.1-2") ? List.of() : ind.periods()));
    }
    return ProgrammeAndBudget.builder()
        .id(DocumentId.of("PB-2006-07"))
        .biennium(PlanningPeriod.parse("2006-07"))
        .spf(DocumentId.of("SPF-2006-09"))
        .currency(USD)
        .framework(before)
        .build();
  }

  /** What the Office would write about two of the outcomes (illustrative). */
  static List<OutcomeNarrative> narratives() {
    return List.of(
        OutcomeNarrative.builder()
            .outcome(IO1A1)
            .officeContribution("Technical advice on time-bound programmes in 9 countries;"
                + " training of labour inspectors")
            .partnersContribution("Governments adopted the programmes; employers' and workers'"
                + " organizations ran awareness campaigns")
            .addDifficulties("Extra-budgetary funds arrived in the second half of 2008")
            .addLessons("Programmes owned by ministries of labour outlast the project that"
                + " started them")
            .build(),
        OutcomeNarrative.builder()
            .outcome(IO2A1)
            .officeContribution("Drafting support and regional quality assurance of DWCPs")
            .partnersContribution("Tripartite constituents set the priorities & signed the"
                + " programmes <in 41 countries>")
            .addDifficulties("Quality assurance reviewed fewer DWCPs than planned")
            .addLessons("Review DWCPs while they are drafted, not after")
            .addLessons("Link each DWCP priority to one immediate outcome")
            .build());
  }
}
