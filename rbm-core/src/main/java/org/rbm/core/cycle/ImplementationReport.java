package org.rbm.core.cycle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.money.Money;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.strategies.FundingSource;

/**
 * The biennial implementation report of a Programme and Budget, computed from the documents of the
 * cycle so that it shows the five improvements GB.300/PFA/9/1 asks for (paragraphs 58-62), per
 * outcome: (1) each outcome separately, with the progress of each indicator against its targets;
 * (2) the Office's contribution apart from that of constituents and partners; (3) difficulties and
 * lessons; (4) progress in measurement, the indicators with baselines and targets against the
 * previous biennium; (5) expenditure against allocation, by funding source.
 *
 * <pre>{@code
 * ProgressReport progress = new ProgressCalculator().report(pb.framework(), LocalDate.of(2009, 1, 1));
 * ImplementationReport report = ImplementationReport.of(
 *     spf, pb, Optional.of(previousPb), spent2008, progress, List.of(narrativeIo21));
 * Money rbSpent = report.totals().get(0).spent();
 * }</pre>
 *
 * <p>Never built by callers: {@link #of} computes it, and renderers (rbm-text's {@code
 * ImplementationReports}) print it. Immutable and thread-safe.
 */
@Immutable
public abstract class ImplementationReport {
  ImplementationReport() {}

  /**
   * Returns the Strategic Policy Framework of the biennium.
   *
   * @return the SPF's id
   */
  public abstract DocumentId spf();

  /**
   * Returns the Programme and Budget reported on.
   *
   * @return the P&amp;B's id
   */
  public abstract DocumentId programmeAndBudget();

  /**
   * Returns the biennium reported on.
   *
   * @return the biennium, such as {@code 2008-09}
   */
  public abstract PlanningPeriod biennium();

  /**
   * Returns the date progress was measured on.
   *
   * @return the progress report's date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the currency of every amount.
   *
   * @return the P&amp;B's currency
   */
  public abstract Currency currency();

  /**
   * Returns the outcomes, each reported separately.
   *
   * @return the results of the P&amp;B's framework that have indicators, allocations or a
   *     narrative, in tree order
   */
  public abstract ImmutableList<OutcomeReport> outcomes();

  /**
   * Returns how many of the biennium's indicators have baselines and targets.
   *
   * @return the counts over every indicator of the P&amp;B's framework
   */
  public abstract MeasurementCounts measurement();

  /**
   * Returns the previous biennium, when the previous Programme and Budget was given.
   *
   * @return the previous biennium, such as {@code 2006-07}
   */
  public abstract Optional<PlanningPeriod> previousBiennium();

  /**
   * Returns how many of the previous biennium's indicators had baselines and targets.
   *
   * @return the counts, empty when the previous Programme and Budget was not given
   */
  public abstract Optional<MeasurementCounts> previousMeasurement();

  /**
   * Returns the money of the whole Programme and Budget by funding source.
   *
   * @return one entry per {@link FundingSource}, in its order
   */
  public abstract ImmutableList<SourceFinance> totals();

  /**
   * Computes the implementation report of a biennium.
   *
   * <p>Time linear in the size of the inputs: the results and indicators of the framework, the
   * allocations, the expenditure entries and the narratives.
   *
   * @param spf the Strategic Policy Framework the Programme and Budget belongs to
   * @param pb the Programme and Budget reported on
   * @param previous the previous biennium's Programme and Budget, to compare measurement with;
   *     empty for the first biennium reported
   * @param expenditure the expenditure reported against {@code pb}; entries for results outside
   *     {@code pb}'s framework are not shown
   * @param progress the progress of {@code pb}'s framework
   * @param narratives at most one per outcome, each for a result of {@code pb}'s framework
   * @return the report
   * @throws InvalidValueException if {@code pb} is not of {@code spf}, {@code expenditure} not
   *     against {@code pb} or in another currency, {@code progress} not of {@code pb}'s framework,
   *     {@code previous} not an earlier biennium, or a narrative is not for an outcome of {@code
   *     pb} or repeats one
   */
  public static ImplementationReport of(
      StrategicPolicyFramework spf,
      ProgrammeAndBudget pb,
      Optional<ProgrammeAndBudget> previous,
      Expenditure expenditure,
      ProgressReport progress,
      Iterable<OutcomeNarrative> narratives) {
    requireNonNull(spf, "spf");
    requireNonNull(pb, "pb");
    requireNonNull(previous, "previous");
    requireNonNull(expenditure, "expenditure");
    requireNonNull(progress, "progress");
    requireNonNull(narratives, "narratives");
    if (!pb.spf().equals(spf.id())) {
      throw new InvalidValueException("pb.spf", pb.spf(), spf.id() + ", the id of the SPF given");
    }
    if (!expenditure.programmeAndBudget().equals(pb.id())) {
      throw new InvalidValueException(
          "expenditure.programmeAndBudget", expenditure.programmeAndBudget(), pb.id() + ", the P&B's id");
    }
    if (!expenditure.currency().equals(pb.currency())) {
      throw new InvalidValueException(
          "expenditure.currency", expenditure.currency(), pb.currency() + ", the P&B's currency");
    }
    if (!progress.framework().equals(pb.framework())) {
      throw new InvalidValueException(
          "progress.framework", progress.framework().id(), "the framework of " + pb.id());
    }
    if (previous.isPresent()
        && previous.get().biennium().lastYear() >= pb.biennium().firstYear()) {
      throw new InvalidValueException(
          "previous.biennium", previous.get().biennium(), "a biennium before " + pb.biennium());
    }
    Map<ResultId, OutcomeNarrative> byOutcome = new HashMap<>();
    int i = 0;
    for (OutcomeNarrative n : narratives) {
      String at = "narratives[" + i + "].outcome";
      if (pb.framework().result(n.outcome()).isEmpty()) {
        throw new InvalidValueException(at, n.outcome(), "the id of a result of " + pb.id());
      }
      if (byOutcome.put(n.outcome(), n) != null) {
        throw new InvalidValueException(at, n.outcome(), "an outcome without a narrative before");
      }
      i++;
    }
    Currency currency = pb.currency();
    Map<ResultId, Map<FundingSource, Money>> allocated = new HashMap<>();
    pb.allocations()
        .forEach(a -> add(allocated, a.outcome(), a.source(), a.amount()));
    Map<ResultId, Map<FundingSource, Money>> spent = new HashMap<>();
    expenditure.entries().forEach(e -> add(spent, e.outcome(), e.source(), e.amount()));
    Map<org.rbm.core.indicators.IndicatorId, IndicatorProgress> progressById = new HashMap<>();
    progress.indicators().forEach(p -> progressById.put(p.id(), p));

    ImmutableList.Builder<OutcomeReport> outcomes = ImmutableList.builder();
    for (Result r : pb.framework().resultsInTreeOrder()) {
      if (r.indicators().isEmpty()
          && !allocated.containsKey(r.id())
          && !byOutcome.containsKey(r.id())) {
        continue;
      }
      ImmutableList.Builder<IndicatorProgress> indicators = ImmutableList.builder();
      for (Indicator ind : r.indicators()) {
        indicators.add(requireNonNull(progressById.get(ind.id()), "progress of every indicator"));
      }
      outcomes.add(
          ImmutableOutcomeReport.builder()
              .outcome(r)
              .indicators(indicators.build())
              .narrative(Optional.ofNullable(byOutcome.get(r.id())))
              .measurement(MeasurementCounts.of(r.indicators()))
              .finances(
                  finances(
                      currency,
                      allocated.getOrDefault(r.id(), Map.of()),
                      spent.getOrDefault(r.id(), Map.of())))
              .currency(currency)
              .build());
    }
    Map<FundingSource, Money> spentInPb = new EnumMap<>(FundingSource.class);
    for (ExpenditureEntry e : expenditure.entries()) {
      if (pb.framework().result(e.outcome()).isPresent()) {
        spentInPb.merge(e.source(), e.amount(), Money::plus);
      }
    }
    return ImmutableImplementationReport.builder()
        .spf(spf.id())
        .programmeAndBudget(pb.id())
        .biennium(pb.biennium())
        .asOf(progress.asOf())
        .currency(currency)
        .outcomes(outcomes.build())
        .measurement(MeasurementCounts.of(pb.framework().indicators()))
        .previousBiennium(previous.map(ProgrammeAndBudget::biennium))
        .previousMeasurement(previous.map(p -> MeasurementCounts.of(p.framework().indicators())))
        .totals(finances(currency, pb.totalsBySource(), spentInPb))
        .build();
  }

  private static void add(
      Map<ResultId, Map<FundingSource, Money>> sums,
      ResultId outcome,
      FundingSource source,
      Money amount) {
    sums.computeIfAbsent(outcome, k -> new EnumMap<>(FundingSource.class))
        .merge(source, amount, Money::plus);
  }

  private static List<SourceFinance> finances(
      Currency currency, Map<FundingSource, Money> allocated, Map<FundingSource, Money> spent) {
    ImmutableList.Builder<SourceFinance> list = ImmutableList.builder();
    Money zero = Money.zero(currency);
    for (FundingSource source : FundingSource.values()) {
      list.add(
          SourceFinance.of(
              source, allocated.getOrDefault(source, zero), spent.getOrDefault(source, zero)));
    }
    return list.build();
  }
}
