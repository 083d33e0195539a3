package org.rbm.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.testkit.internal.Draw;
import org.rbm.testkit.internal.Ranges;

/**
 * Generates indicators observed over time, with the date as of which to measure their progress
 * ({@link IndicatorHistory}): a baseline dated on the first day, consecutive reporting periods of
 * one, three, six or twelve months, targets that move from the baseline in the indicator's direction
 * period after period, and actuals recorded as a monitoring officer would: for each period completed
 * by the as-of date an actual between half and one and a half times the planned change (missing one
 * time in eight), for the running period now and then an early figure, for later periods nothing.
 * Percentages come now and then as numerator and denominator, counts now and then broken down by
 * sex (the categories adding up to the total), counts that increase are now and then cumulative.
 *
 * <pre>{@code
 * qt().forAll(RbmGen.observationsOverTime().measures(Measure.PERCENTAGE).periods(4, 8))
 *     .checkAssert(h -> ...);
 * }</pre>
 *
 * <p>Immutable: each setting returns a new generator. Shrinks towards the first measure and
 * direction given, one period, and actuals on plan.
 */
public final class ObservationGen implements SeededGen<IndicatorHistory> {
  private static final ImmutableList<Integer> MONTHS = ImmutableList.of(12, 6, 3, 1);

  private final ImmutableList<Measure> measures;
  private final ImmutableList<Direction> directions;
  private final int minPeriods;
  private final int maxPeriods;

  ObservationGen(
      ImmutableList<Measure> measures, ImmutableList<Direction> directions, int min, int max) {
    this.measures = measures;
    this.directions = directions;
    this.minPeriods = min;
    this.maxPeriods = max;
  }

  /** The defaults: counts, percentages and amounts; increasing, decreasing or maintained; 1 to 8. */
  static ObservationGen defaults() {
    return new ObservationGen(
        ImmutableList.of(Measure.COUNT, Measure.PERCENTAGE, Measure.CURRENCY),
        ImmutableList.of(Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN),
        1,
        8);
  }

  /**
   * Returns a generator of indicators of the given measures: {@link Measure#COUNT}, {@link
   * Measure#PERCENTAGE}, {@link Measure#RATIO} or {@link Measure#CURRENCY}.
   *
   * @param measures the measures, at least one, all quantitative on a scale; shrinking ends at the
   *     first
   * @return the generator
   * @throws InvalidValueException if none is given, or one is nominal, ordinal or qualitative
   */
  public ObservationGen measures(Measure... measures) {
    ImmutableList<Measure> list = ImmutableList.copyOf(measures);
    Ranges.check("measures", list.size(), list.size(), 1, Integer.MAX_VALUE);
    for (Measure m : list) {
      if (scale(m) == null) {
        throw new InvalidValueException(
            "measures", m, "COUNT, PERCENTAGE, RATIO or CURRENCY (measures with a scale)");
      }
    }
    return new ObservationGen(list, directions, minPeriods, maxPeriods);
  }

  /**
   * Returns a generator of indicators with the given directions: {@link Direction#INCREASE},
   * {@link Direction#DECREASE} or {@link Direction#MAINTAIN}.
   *
   * @param directions the directions, at least one; shrinking ends at the first
   * @return the generator
   * @throws InvalidValueException if none is given, or one is {@link Direction#NOT_APPLICABLE}
   */
  public ObservationGen directions(Direction... directions) {
    ImmutableList<Direction> list = ImmutableList.copyOf(directions);
    Ranges.check("directions", list.size(), list.size(), 1, Integer.MAX_VALUE);
    if (list.contains(Direction.NOT_APPLICABLE)) {
      throw new InvalidValueException(
          "directions", Direction.NOT_APPLICABLE, "INCREASE, DECREASE or MAINTAIN");
    }
    return new ObservationGen(measures, list, minPeriods, maxPeriods);
  }

  /**
   * Returns a generator of indicators with {@code min} to {@code max} consecutive periods.
   *
   * @param min the fewest periods, at least 1
   * @param max the most periods, at most 60
   * @return the generator
   * @throws InvalidValueException if the range is empty or out of bounds
   */
  public ObservationGen periods(int min, int max) {
    Ranges.check("periods", min, max, 1, 60);
    return new ObservationGen(measures, directions, min, max);
  }

  /** A measure's scale: the largest value in units of 10^-decimals, and the decimals. */
  private record Scale(long max, int decimals) {
    BigDecimal amount(long units) {
      return BigDecimal.valueOf(units, decimals);
    }
  }

  private static @Nullable Scale scale(Measure measure) {
    return switch (measure) {
      case COUNT -> new Scale(1_000, 0);
      case PERCENTAGE -> new Scale(1_000, 1);
      case RATIO -> new Scale(500, 2);
      case CURRENCY -> new Scale(100_000_000L, 2);
      default -> null;
    };
  }

  @Override
  public IndicatorHistory generate(RandomnessSource in) {
    Measure measure = Draw.pick(in, measures);
    Direction direction = Draw.pick(in, directions);
    Scale scale = requireNonNull(scale(measure));
    int count = Draw.between(in, minPeriods, maxPeriods);
    int months = Draw.pick(in, MONTHS);
    LocalDate start = LocalDate.of(Draw.between(in, 2000, 2030), 1, 1);
    LocalDate end = start.plusMonths((long) months * count).minusDays(1);
    // From a month before the first period to two months after the last.
    LocalDate asOf = start.plusDays(Draw.between(in, -31L, ChronoUnit.DAYS.between(start, end) + 62));

    // Room for every period to step away from the baseline in the indicator's direction.
    long baseline =
        switch (direction) {
          case INCREASE -> Draw.between(in, 0L, scale.max() / 2);
          case DECREASE -> Draw.between(in, scale.max() / 2, scale.max());
          default -> Draw.between(in, 1L, scale.max());
        };
    long room = direction == Direction.DECREASE ? baseline : scale.max() - baseline;
    long step =
        direction == Direction.MAINTAIN ? 0 : Draw.between(in, 1L, Math.max(1L, room / count));
    long sign = direction == Direction.DECREASE ? -1 : 1;
    boolean fractions = measure == Measure.PERCENTAGE && Draw.chance(in, 30);
    long denominator = fractions ? Draw.between(in, 20L, 400L) : 0;
    boolean bySex = measure == Measure.COUNT && Draw.chance(in, 30);

    List<IndicatorPeriod> periods = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      LocalDate first = start.plusMonths((long) months * j);
      DateRange range = DateRange.of(first, first.plusMonths(months).minusDays(1));
      long target = Math.max(0, Math.min(scale.max(), baseline + sign * step * (j + 1)));
      IndicatorPeriod.Builder p =
          IndicatorPeriod.builder().period(range).addTarget(DataPoint.of(value(scale, target, 0)));
      boolean completed = range.end().isBefore(asOf);
      boolean running = range.contains(asOf);
      if ((completed && !Draw.chance(in, 12)) || (running && Draw.chance(in, 40))) {
        // Performance from 0.5 to 1.5 of the planned change, shrinking towards 1 (on plan).
        long percent = Draw.between(in, 50L, 150L, 100L);
        long planned = target - baseline;
        long actual =
            Math.max(0, Math.min(scale.max(), baseline + planned * percent / 100));
        if (direction == Direction.MAINTAIN) {
          actual = Math.max(0, Math.min(scale.max(), baseline * percent / 100));
        }
        p.addActual(DataPoint.of(value(scale, actual, denominator)));
        if (bySex) {
          long women = actual / 2;
          p.addActual(sex("female", women)).addActual(sex("male", actual - women));
        }
      }
      periods.add(p.build());
    }
    Indicator.Builder indicator =
        Indicator.builder()
            .id(IndicatorId.of("IND-" + Draw.between(in, 1, 999)))
            .title("Observed indicator")
            .measure(measure)
            .direction(direction)
            .cumulative(
                measure == Measure.COUNT && direction == Direction.INCREASE && Draw.chance(in, 40))
            .baseline(Baseline.of(value(scale, baseline, 0), start))
            .periods(periods);
    if (bySex) {
      indicator.addDisaggregationDimension("sex");
    }
    return IndicatorHistory.of(indicator.build(), asOf);
  }

  private static Value value(Scale scale, long units, long denominator) {
    if (denominator > 0) {
      // A percentage as numerator/denominator: units are tenths of a percent.
      BigDecimal numerator =
          BigDecimal.valueOf(units * denominator)
              .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_EVEN);
      return Value.fraction(numerator, BigDecimal.valueOf(denominator));
    }
    return Value.of(scale.amount(units));
  }

  private static DataPoint sex(String category, long count) {
    return DataPoint.builder()
        .value(Value.of(count))
        .disaggregation(Disaggregation.of("sex", category))
        .build();
  }
}
