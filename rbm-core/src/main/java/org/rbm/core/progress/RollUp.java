package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
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
    // By position, not by id: the report holds each indicator's progress in the order of the
    // framework's indicators (its check), which is the tree order of their results; and in tree
    // order a result's children follow it, each child's subtree after the one before.
    ImmutableList<IndicatorProgress> progress = report.indicators();
    int[] firstIndicator = new int[order.size() + 1];
    for (int i = 0; i < order.size(); i++) {
      firstIndicator[i + 1] = firstIndicator[i] + order.get(i).indicators().size();
    }
    boolean weighted = policy.kind() == RollUpPolicy.Kind.WEIGHTED_MEAN;
    boolean weightsGiven = !policy.weights().asMap().isEmpty();
    Tally[] tallies = new Tally[order.size()];
    int[] subtreeEnd = new int[order.size()];
    // From the last result in tree order back to the first: children before their parents.
    for (int i = order.size() - 1; i >= 0; i--) {
      Result r = order.get(i);
      Tally tally = new Tally(weighted);
      for (int k = firstIndicator[i]; k < firstIndicator[i + 1]; k++) {
        IndicatorProgress p = progress.get(k);
        tally.add(p.plan(), weightsGiven ? policy.weight(p.id()) : BigDecimal.ONE);
      }
      int child = i + 1;
      for (int c = framework.children(r.id()).size(); c > 0; c--) {
        tally.merge(requireNonNull(tallies[child]));
        child = subtreeEnd[child];
      }
      subtreeEnd[i] = child;
      tallies[i] = tally;
    }
    ImmutableList.Builder<ResultRollUp> results = ImmutableList.builder();
    for (int i = 0; i < order.size(); i++) {
      results.add(requireNonNull(tallies[i]).rollUp(order.get(i).id(), policy, band));
    }
    return ImmutableRollUp.builder()
        .framework(framework.id())
        .asOf(report.asOf())
        .policy(policy)
        .results(results.build())
        .build();
  }

  /** What a result's roll-up needs from its indicators: counts and weighted sums, mergeable. */
  // Counts by ordinal: an array, not an EnumMap of boxed counts, as a tally is made per result
  // and merged up the chain; the ordinals never leave one roll-up.
  @SuppressWarnings("EnumOrdinal")
  private static final class Tally {
    // values() copies its array on every call: once is enough.
    private static final ProgressStatus[] STATUSES = ProgressStatus.values();

    private final int[] counts = new int[STATUSES.length];
    private final boolean weighted;
    private int total;
    private BigDecimal weightedScores = BigDecimal.ZERO;
    private BigDecimal weights = BigDecimal.ZERO;

    /** A tally; the weighted sums are kept only for a weighted mean, the one policy reading them. */
    Tally(boolean weighted) {
      this.weighted = weighted;
    }

    void add(PlanProgress plan, BigDecimal weight) {
      counts[plan.status().ordinal()]++;
      total++;
      if (weighted && plan.score().isPresent()) {
        weightedScores = weightedScores.add(weight.multiply(plan.score().get()));
        weights = weights.add(weight);
      }
    }

    void merge(Tally other) {
      for (int s = 0; s < counts.length; s++) {
        counts[s] += other.counts[s];
      }
      total += other.total;
      if (weighted) {
        weightedScores = weightedScores.add(other.weightedScores);
        weights = weights.add(other.weights);
      }
    }

    EnumMap<ProgressStatus, Integer> countsByStatus() {
      EnumMap<ProgressStatus, Integer> map = new EnumMap<>(ProgressStatus.class);
      for (ProgressStatus s : STATUSES) {
        if (counts[s.ordinal()] > 0) {
          map.put(s, counts[s.ordinal()]);
        }
      }
      return map;
    }

    int count(ProgressStatus s) {
      return counts[s.ordinal()];
    }

    ResultRollUp rollUp(ResultId id, RollUpPolicy policy, BigDecimal band) {
      ImmutableResultRollUp.Builder b =
          ImmutableResultRollUp.builder().result(id).indicatorCount(total).counts(StatusCounts.of(countsByStatus()));
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
