package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Lazy;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.Result;
import org.rbm.core.results.ResultId;
import org.rbm.core.results.ResultsFramework;

/**
 * The roll-up of a framework's progress along its results chain: for every result, up to the roots,
 * the counts of its indicators (its own and those below it) by status and its overall status by a
 * {@link RollUpPolicy}.
 *
 * <pre>{@code
 * RollUp rollUp = report.rollUp(RollUpPolicy.shareOnTrack(new BigDecimal("0.75")));
 * rollUp.result(ResultId.of("SO2")).orElseThrow().status();
 * }</pre>
 *
 * <p>Derived from a {@link ProgressReport} by {@link ProgressReport#rollUp}, never built by callers.
 * Computed in one pass from the lowest results up, in time linear in the number of results and
 * indicators. Immutable and thread-safe.
 */
@Immutable
public abstract class RollUp {
  /** The judgements from the worst to the best: the order of the worst-status policy. */
  private static final List<ProgressStatus> WORST_FIRST =
      List.of(
          ProgressStatus.BEHIND,
          ProgressStatus.NO_DATA,
          ProgressStatus.ON_TRACK,
          ProgressStatus.ACHIEVED,
          ProgressStatus.AHEAD_OF_TARGET);

  RollUp() {}

  /**
   * Returns the framework.
   *
   * @return the framework's id
   */
  public abstract FrameworkId framework();

  /**
   * Returns the as-of date of the progress rolled up.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public abstract RollUpPolicy policy();

  /**
   * Returns the roll-up of every result, in tree order.
   *
   * @return the results' roll-ups
   */
  public abstract ImmutableList<ResultRollUp> results();

  @Lazy
  ImmutableMap<ResultId, ResultRollUp> byId() {
    ImmutableMap.Builder<ResultId, ResultRollUp> map = ImmutableMap.builder();
    for (ResultRollUp r : results()) {
      map.put(r.result(), r);
    }
    return map.buildOrThrow();
  }

  @Check
  final void check() {
    Set<ResultId> seen = new HashSet<>();
    for (int i = 0; i < results().size(); i++) {
      if (!seen.add(results().get(i).result())) {
        throw new InvalidValueException(
            "results[" + i + "].result", results().get(i).result(), "a result not given before");
      }
    }
  }

  /**
   * Finds the roll-up of one result.
   *
   * @param id the result's id
   * @return its roll-up, or empty if the framework has no such result
   */
  public final Optional<ResultRollUp> result(ResultId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** Rolls a report up; see {@link ProgressReport#rollUp}. */
  static RollUp of(ProgressReport report, RollUpPolicy policy) {
    requireNonNull(policy, "policy");
    ResultsFramework framework = report.framework();
    for (IndicatorId id : policy.weights().asMap().keySet()) {
      if (framework.indicator(id).isEmpty()) {
        throw new InvalidValueException(
            "policy.weights", id, "an indicator of framework " + framework.id());
      }
    }
    BigDecimal band = report.settings().band();
    List<Result> order = framework.resultsInTreeOrder();
    Map<ResultId, Tally> tallies = new HashMap<>();
    // From the last result in tree order back to the first: children before their parents.
    for (int i = order.size() - 1; i >= 0; i--) {
      Result r = order.get(i);
      Tally tally = new Tally();
      for (Indicator indicator : r.indicators()) {
        // A report holds the progress of each of its framework's indicators (its check).
        IndicatorProgress p = report.indicator(indicator.id()).orElseThrow();
        tally.add(p.plan(), policy.weight(indicator.id()));
      }
      for (Result child : framework.children(r.id())) {
        tally.merge(requireNonNull(tallies.get(child.id())));
      }
      tallies.put(r.id(), tally);
    }
    ImmutableList.Builder<ResultRollUp> results = ImmutableList.builder();
    for (Result r : order) {
      results.add(requireNonNull(tallies.get(r.id())).rollUp(r.id(), policy, band));
    }
    return ImmutableRollUp.builder()
        .framework(framework.id())
        .asOf(report.asOf())
        .policy(policy)
        .results(results.build())
        .build();
  }

  /** What a result's roll-up needs from its indicators: counts and weighted sums, mergeable. */
  private static final class Tally {
    private final EnumMap<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    private int total;
    private BigDecimal weightedScores = BigDecimal.ZERO;
    private BigDecimal weights = BigDecimal.ZERO;

    void add(PlanProgress plan, BigDecimal weight) {
      counts.merge(plan.status(), 1, Integer::sum);
      total++;
      if (plan.score().isPresent()) {
        weightedScores = weightedScores.add(weight.multiply(plan.score().get()));
        weights = weights.add(weight);
      }
    }

    void merge(Tally other) {
      other.counts.forEach((s, n) -> counts.merge(s, n, Integer::sum));
      total += other.total;
      weightedScores = weightedScores.add(other.weightedScores);
      weights = weights.add(other.weights);
    }

    int count(ProgressStatus s) {
      return counts.getOrDefault(s, 0);
    }

    ResultRollUp rollUp(ResultId id, RollUpPolicy policy, BigDecimal band) {
      ImmutableResultRollUp.Builder b =
          ImmutableResultRollUp.builder().result(id).indicatorCount(total).counts(StatusCounts.of(counts));
      switch (policy.kind()) {
        case WORST_STATUS -> b.status(worst(WORST_FIRST));
        case SHARE_ON_TRACK -> {
          int judged = 0;
          int good = 0;
          for (ProgressStatus s : WORST_FIRST) {
            judged += count(s);
            good += s.isOnTrackOrBetter() ? count(s) : 0;
          }
          if (judged == 0) {
            b.status(worst(WORST_FIRST));
          } else {
            BigDecimal share =
                CanonicalDecimals.plain(
                    BigDecimal.valueOf(good).divide(BigDecimal.valueOf(judged), Decimals.CONTEXT));
            boolean enough = good > 0 && share.compareTo(policy.threshold().orElseThrow()) >= 0;
            b.shareOnTrack(share).status(worst(enough ? WORST_FIRST.subList(2, 5)
                : WORST_FIRST.subList(0, 2)));
          }
        }
        case WEIGHTED_MEAN -> {
          if (weights.signum() == 0) {
            b.status(worst(WORST_FIRST));
          } else {
            BigDecimal mean = CanonicalDecimals.plain(weightedScores.divide(weights, Decimals.CONTEXT));
            b.meanScore(mean).status(QuantityJudge.fromScore(mean, band));
          }
        }
      }
      return b.build();
    }

    /** The first status of the list that occurs; else not yet due or not assessed. */
    private ProgressStatus worst(List<ProgressStatus> worstFirst) {
      @Nullable ProgressStatus found = null;
      for (ProgressStatus s : worstFirst) {
        if (count(s) > 0) {
          found = s;
          break;
        }
      }
      if (found != null) {
        return found;
      }
      return count(ProgressStatus.NOT_YET_DUE) > 0
          ? ProgressStatus.NOT_YET_DUE
          : ProgressStatus.NOT_ASSESSED;
    }
  }
}
