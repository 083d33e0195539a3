package org.rbm.core.progress;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Default;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/**
 * The progress of one reporting period of an indicator as of a date: its target and actual (the
 * totals, without breakdown or location), the achievement ratio by the chosen method, and the status.
 *
 * <p>A total not given is derived from a complete breakdown of an {@linkplain
 * org.rbm.core.indicators.Indicator#additive() additive} indicator (every {@linkplain
 * org.rbm.core.indicators.Indicator#dimensionCategories() declared category} of one dimension has a
 * value): female 60 and male 45 give an actual of 105. {@link #targetDerived()} and {@link
 * #actualDerived()} say so; a breakdown that gives no total is reported by the rule RBM-VAL-004.
 *
 * <p>The {@linkplain #ratio() ratio} is present when a quantitative indicator's period (count,
 * percentage, ratio, currency) has both a total target and a total actual and the method gives one
 * (see {@link AchievementMethod}), also while the period runs; a period without an actual has no
 * ratio yet, whatever the method, and qualitative, nominal and ordinal indicators never have one. The {@linkplain #score() score} is present when the status was
 * decided by the band on the ratio; the {@linkplain #expected() expected} value when the running
 * period was judged against its trajectory. Immutable and thread-safe.
 */
@Immutable
public abstract class PeriodProgress {
  PeriodProgress() {}

  /**
   * Returns the reporting period.
   *
   * @return the period
   */
  public abstract DateRange period();

  /**
   * Returns where the period stands on the as-of date.
   *
   * @return completed, running or not started
   */
  public abstract PeriodTiming timing();

  /**
   * Returns the period's total target, as given or {@linkplain #targetDerived() derived} from a
   * complete breakdown.
   *
   * @return the target, if the period has one for the total
   */
  public abstract Optional<Value> target();

  /**
   * Returns the period's total actual, as given or {@linkplain #actualDerived() derived} from a
   * complete breakdown.
   *
   * @return the actual, if the period has one for the total
   */
  public abstract Optional<Value> actual();

  /**
   * Tells whether the {@linkplain #target() target} was not given but added up from a complete
   * breakdown.
   *
   * @return whether the target is derived; {@code false} when given or absent
   */
  @Default
  public boolean targetDerived() {
    return false;
  }

  /**
   * Tells whether the {@linkplain #actual() actual} was not given but added up from a complete
   * breakdown, such as female 60 and male 45 giving 105.
   *
   * @return whether the actual is derived; {@code false} when given or absent
   */
  @Default
  public boolean actualDerived() {
    return false;
  }

  /**
   * Returns the value expected on the as-of date on a linear trajectory, for a running period judged
   * against it (see {@link ProgressCalculator}).
   *
   * @return the expected value, if the period was judged against a trajectory
   */
  public abstract Optional<BigDecimal> expected();

  /**
   * Returns the achievement ratio by the method of {@link IndicatorProgress#method()}: 1 when the
   * target is met exactly.
   *
   * @return the ratio, if the period has a target and an actual and the method gives one
   */
  public abstract Optional<BigDecimal> ratio();

  /**
   * Returns the score the status was decided on: the ratio seen from the better side, so that a
   * larger score is always better. It is the ratio itself, except for a decreasing indicator by
   * percent of target, where it is {@code 2 − ratio} (TolaData's inverted band: a ratio of 0.85 is a
   * score of 1.15). For a running period judged against its trajectory, the score compares the actual
   * with the expected value.
   *
   * @return the score, if the status was decided by the band
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the status of the period.
   *
   * @return the status
   */
  public abstract ProgressStatus status();

  /**
   * Returns the explicit assessment the status was taken from, for a qualitative, nominal or ordinal
   * indicator.
   *
   * @return the assessment, if one was given for this period
   */
  public abstract Optional<PeriodAssessment> assessment();

  /**
   * Returns the progress of each category of each dimension the period's values are broken down
   * by, such as female and male: see {@link CategoryProgress}. A dimension's declared categories
   * come first, in order (also those without a value), then any other category used, in
   * alphabetical order; only values broken down by one dimension and without location count.
   *
   * @return the categories' progress; empty when the period has no value broken down by one
   *     dimension
   */
  public abstract ImmutableList<CategoryProgress> breakdown();

  /**
   * Returns the categories of one dimension, from {@link #breakdown()}.
   *
   * @param dimension the dimension, such as {@code sex}
   * @return its categories' progress, in order; empty if the period has none
   */
  public final ImmutableList<CategoryProgress> breakdown(String dimension) {
    requireNonNull(dimension, "dimension");
    ImmutableList.Builder<CategoryProgress> out = ImmutableList.builder();
    for (CategoryProgress c : breakdown()) {
      if (c.dimension().equals(dimension)) {
        out.add(c);
      }
    }
    return out.build();
  }

  @Check
  final void check() {
    if (targetDerived() && target().isEmpty()) {
      throw new InvalidValueException("targetDerived", true, "false for a period without target");
    }
    if (actualDerived() && actual().isEmpty()) {
      throw new InvalidValueException("actualDerived", true, "false for a period without actual");
    }
    Figures.check("expected", expected());
    Figures.check("ratio", ratio());
    Figures.check("score", score());
  }
}
