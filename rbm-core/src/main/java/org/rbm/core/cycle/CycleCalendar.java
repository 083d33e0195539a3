package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.period.PlanningPeriod;

/**
 * The rhythm of the programme cycle: for a Strategic Policy Framework's period, which documents
 * are due when — the SPF itself, the Programme and Budget proposals for each biennium, the
 * implementation report on each biennium (and a mid-term report, if the calendar still has one).
 *
 * <pre>{@code
 * List<DueDocument> due = CycleCalendar.ilo().schedule(PlanningPeriod.parse("2010-15"));
 * // STRATEGIC_POLICY_FRAMEWORK 2010-15 due 2008-11, PROGRAMME_AND_BUDGET_PROPOSALS 2010-11 due
 * // 2009-03, IMPLEMENTATION_REPORT 2010-11 due 2012-03, ..., IMPLEMENTATION_REPORT 2014-15 due
 * // 2016-03
 * CycleCalendar withMidTerm = CycleCalendar.builder().from(CycleCalendar.ilo())
 *     .midTermReport(DueRule.of(0, Month.NOVEMBER))
 *     .build();
 * }</pre>
 *
 * <p>{@link #ilo()} is the ILO's cycle after the 2007 reform (GB.300/PFA/9/1): an SPF of six years
 * presented to the Governing Body in November two years before its period (the SPF 2010-15 in
 * November 2008, paragraph 79(b)); bienniums inside it, three per SPF (paragraph 13); one
 * implementation report per biennium and no mid-term report (paragraphs 61-62). The paper gives no
 * month for the Programme and Budget proposals and the implementation report; the defaults follow
 * the ILO's practice of the time: proposals to the Governing Body's March session of the year
 * before the biennium (the Conference adopts them in June), and the implementation report to its
 * March session after the biennium. Every rule can be changed through the builder.
 *
 * <p>Invariant checked when built: a budget period of 1 to 6 years. Immutable and thread-safe.
 */
@Immutable
public abstract class CycleCalendar implements WithCycleCalendar {
  CycleCalendar() {}

  /**
   * Returns when the SPF is due, relative to its first year.
   *
   * @return the rule; the ILO's is November two years before ({@code of(-2, NOVEMBER)})
   */
  public abstract DueRule strategicPolicyFramework();

  /**
   * Returns when the Programme and Budget proposals are due, relative to the biennium's first year.
   *
   * @return the rule; the ILO's is March of the year before ({@code of(-1, MARCH)})
   */
  public abstract DueRule programmeAndBudgetProposals();

  /**
   * Returns when the implementation report is due, relative to the biennium's last year.
   *
   * @return the rule; the ILO's is March of the year after ({@code of(1, MARCH)})
   */
  public abstract DueRule implementationReport();

  /**
   * Returns when a mid-term report is due, relative to the biennium's first year, if the calendar
   * has one.
   *
   * @return the rule; empty in the ILO's cycle since 2008 (paragraphs 61-62)
   */
  public abstract Optional<DueRule> midTermReport();

  /**
   * Returns the length of a budget period.
   *
   * @return the number of years; 2 (a biennium) by default
   */
  @Default
  public int budgetPeriodYears() {
    return 2;
  }

  @Check
  final void check() {
    if (budgetPeriodYears() < 1 || budgetPeriodYears() > 6) {
      throw new InvalidValueException("budgetPeriodYears", budgetPeriodYears(), "1 to 6 years");
    }
  }

  /**
   * Returns the ILO's cycle after the 2007 reform, as described in the class documentation.
   *
   * @return the calendar
   */
  public static CycleCalendar ilo() {
    return builder()
        .strategicPolicyFramework(DueRule.of(-2, Month.NOVEMBER))
        .programmeAndBudgetProposals(DueRule.of(-1, Month.MARCH))
        .implementationReport(DueRule.of(1, Month.MARCH))
        .build();
  }

  /**
   * Returns the budget periods of an SPF's period, in order: {@code 2010-11}, {@code 2012-13},
   * {@code 2014-15} for {@code 2010-15}.
   *
   * @param spf the SPF's period
   * @return the budget periods
   * @throws InvalidValueException if the SPF's period is not a whole number of budget periods
   */
  public final ImmutableList<PlanningPeriod> budgetPeriods(PlanningPeriod spf) {
    requireNonNull(spf, "spf");
    int years = budgetPeriodYears();
    if (spf.lengthInYears() % years != 0) {
      throw new InvalidValueException(
          "spf", spf, "a period of whole budget periods of " + years + " years");
    }
    ImmutableList.Builder<PlanningPeriod> periods = ImmutableList.builder();
    for (int first = spf.firstYear(); first <= spf.lastYear(); first += years) {
      periods.add(PlanningPeriod.of(first, first + years - 1));
    }
    return periods.build();
  }

  /**
   * Returns the documents due for an SPF's period, ordered by due month; documents due in the same
   * month in the order of {@link DocumentKind}, then by the period they cover.
   *
   * @param spf the SPF's period
   * @return the documents and when each is due
   * @throws InvalidValueException if the SPF's period is not a whole number of budget periods
   */
  public final ImmutableList<DueDocument> schedule(PlanningPeriod spf) {
    List<DueDocument> due = new ArrayList<>();
    ImmutableList<PlanningPeriod> periods = budgetPeriods(spf);
    due.add(
        new DueDocument(
            DocumentKind.STRATEGIC_POLICY_FRAMEWORK,
            spf,
            strategicPolicyFramework().dueFor(spf.firstYear())));
    for (PlanningPeriod p : periods) {
      due.add(
          new DueDocument(
              DocumentKind.PROGRAMME_AND_BUDGET_PROPOSALS,
              p,
              programmeAndBudgetProposals().dueFor(p.firstYear())));
      midTermReport()
          .ifPresent(
              rule ->
                  due.add(
                      new DueDocument(
                          DocumentKind.MID_TERM_REPORT, p, rule.dueFor(p.firstYear()))));
      due.add(
          new DueDocument(
              DocumentKind.IMPLEMENTATION_REPORT, p, implementationReport().dueFor(p.lastYear())));
    }
    due.sort(
        Comparator.comparing(DueDocument::due)
            .thenComparing(DueDocument::kind)
            .thenComparing(DueDocument::covers));
    return ImmutableList.copyOf(due);
  }

  /**
   * Returns the documents due for a Strategic Policy Framework's period.
   *
   * @param spf the SPF
   * @return the documents and when each is due
   * @throws InvalidValueException if the SPF's period is not a whole number of budget periods
   */
  public final ImmutableList<DueDocument> schedule(StrategicPolicyFramework spf) {
    return schedule(requireNonNull(spf, "spf").period());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if a rule is
   *     missing or the budget period is out of range
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CycleCalendar}. */
  public static final class Builder extends ImmutableCycleCalendar.Builder {
    Builder() {}
  }
}
