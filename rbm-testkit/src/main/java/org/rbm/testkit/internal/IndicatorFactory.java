package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.RandomnessSource;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.period.PlanningPeriod;
import org.rbm.core.results.ExternalReference;

/**
 * Draws a coherent indicator for a planning period: its reporting periods cut the planning period
 * into consecutive slices, its baseline is dated on the first day of the planning period, and its
 * targets move away from the baseline in the indicator's direction (up for an increase, down for a
 * decrease, level when maintained), within the measure's scale. Actuals lie between the baseline and
 * the period's target. Breakdowns of a count add up to its total.
 */
public final class IndicatorFactory {
  private IndicatorFactory() {}

  /**
   * Draws an indicator.
   *
   * @param in the randomness
   * @param id the indicator's id
   * @param planningPeriod the period its targets and baseline lie in
   * @param spec what to draw
   * @return the indicator
   */
  public static Indicator draw(
      RandomnessSource in, IndicatorId id, PlanningPeriod planningPeriod, IndicatorSpec spec) {
    Measure measure = Draw.pick(in, spec.measures());
    Direction direction = direction(in, measure);
    DateRange whole = planningPeriod.toDateRange();
    int count =
        (int) Math.min(whole.lengthInDays(), Draw.between(in, spec.minPeriods(), spec.maxPeriods()));
    Values.Scale scale = Values.scale(measure);
    long denominator = 0;
    long lo = scale.min();
    long hi = scale.max();
    if ((measure == Measure.PERCENTAGE || measure == Measure.RATIO) && Draw.chance(in, 25)) {
      denominator = Draw.between(in, 1L, 200L);
      lo = 0;
      hi = denominator;
    }
    ValueMaker values = new ValueMaker(measure, scale, denominator);

    boolean qualitative = measure == Measure.QUALITATIVE;
    long baseline;
    long step;
    if (qualitative) {
      // Narratives are stages: start from the first, move one stage per period.
      baseline = 0;
      step = 1;
    } else {
      long mid = lo + (hi - lo) / 2;
      baseline =
          switch (direction) {
            // Room for at least one step, so that every target differs from the baseline.
            case INCREASE -> Draw.between(in, lo, Math.max(lo, Math.min(mid, hi - 1)));
            case DECREASE -> Draw.between(in, Math.min(hi, Math.max(mid, lo + 1)), hi);
            case MAINTAIN, NOT_APPLICABLE -> Draw.between(in, lo, hi);
          };
      long room = Math.max(1L, (direction == Direction.DECREASE ? baseline - lo : hi - baseline)
          / (count + 1));
      step =
          switch (direction) {
            case INCREASE -> Draw.between(in, 1L, room);
            case DECREASE -> -Draw.between(in, 1L, room);
            case MAINTAIN, NOT_APPLICABLE -> 0;
          };
    }

    String dimension = "";
    if (spec.breakdowns() && measure == Measure.COUNT && Draw.chance(in, 30)) {
      dimension = Draw.pick(in, Texts.DIMENSIONS.keySet().asList());
    }

    ImmutableList<DateRange> slots =
        count == 0 ? ImmutableList.of() : Periods.split(planningPeriod, count);
    ImmutableList.Builder<IndicatorPeriod> periods = ImmutableList.builderWithExpectedSize(count);
    for (int j = 0; j < count; j++) {
      long target;
      if (direction == Direction.NOT_APPLICABLE && !qualitative) {
        target = Draw.between(in, lo, hi);
      } else {
        target = Math.max(lo, Math.min(hi, baseline + step * (j + 1)));
      }
      IndicatorPeriod.Builder period = IndicatorPeriod.builder().period(slots.get(j));
      period.addAllTargets(points(values, target, dimension));
      if (Draw.chance(in, 50)) {
        long actual = Draw.between(in, Math.min(baseline, target), Math.max(baseline, target));
        List<DataPoint> actuals = points(values, actual, dimension);
        if (Draw.chance(in, 15)) {
          // Now and then the total actual is commented, as a provisional figure would be.
          actuals = ImmutableList.<DataPoint>builder()
              .add(actuals.get(0).withComment(Draw.pick(in, Texts.COMMENTS)))
              .addAll(actuals.subList(1, actuals.size()))
              .build();
        }
        period.addAllActuals(actuals);
      }
      periods.add(period.build());
    }

    Baseline.Builder base = Baseline.builder();
    if (Draw.chance(in, spec.unavailableBaselinePercent())) {
      base.unavailableReason(Draw.pick(in, Texts.NO_BASELINE_REASONS));
    } else {
      base.value(values.of(baseline)).date(whole.start());
      if (Draw.chance(in, 20)) {
        base.comment(Draw.pick(in, Texts.COMMENTS));
      }
    }

    String dataSource = Draw.pick(in, Texts.DATA_SOURCES);
    Indicator.Builder indicator =
        Indicator.builder()
            .id(id)
            .title(Draw.pick(in, titles(measure)))
            .definition("Measured at the end of each reporting period, from " + dataSource)
            .measure(measure)
            .direction(direction)
            .cumulative(
                measure == Measure.COUNT && direction == Direction.INCREASE && Draw.chance(in, 30))
            .baseline(base.build())
            .addAllPeriods(periods.build())
            .meansOfVerification(Draw.pick(in, Texts.MEANS_OF_VERIFICATION))
            .dataSource(dataSource);
    if (count > 0) {
      indicator.reportingFrequency(Periods.frequency(planningPeriod, count));
    }
    unit(in, measure, denominator).ifPresent(indicator::unit);
    if (!dimension.isEmpty()) {
      indicator.addDisaggregationDimensions(dimension);
    }
    if (spec.interchangeParts()) {
      interchangeParts(in, indicator);
      if (Draw.chance(in, 25)) {
        // A second baseline, for one place, stated by its comment (IATI allows it without value).
        indicator.addBaseline(Baseline.builder()
            .year(whole.start().getYear())
            .addLocations(Draw.pick(in, List.of("AF-KAN", "KH-PNH", "KE-30")))
            .comment(Draw.pick(in, Texts.COMMENTS))
            .build());
      }
    }
    return indicator.build();
  }

  /** What interchange standards such as IATI add: drawn last, so that the rest stays as it was. */
  private static void interchangeParts(RandomnessSource in, Indicator.Builder indicator) {
    if (Draw.chance(in, 50)) {
      indicator.suitableForAggregation(Draw.chance(in, 50));
    }
    if (Draw.chance(in, 30)) {
      // IATI's indicator vocabulary 9 (SDG indicators), or 99 (the organisation's own) with the
      // URI of the definition.
      indicator.addExternalReference(Draw.chance(in, 50)
          ? ExternalReference.of("9", Draw.pick(in, Texts.SDG_TARGETS) + ".1")
          : ExternalReference.of("99", "IND-" + Draw.between(in, 1, 99))
              .withIndicatorUri("https://example.org/indicators.html"));
    }
  }

  private static Direction direction(RandomnessSource in, Measure measure) {
    return switch (measure) {
      case NOMINAL, QUALITATIVE -> Direction.NOT_APPLICABLE;
      case ORDINAL -> Direction.INCREASE;
      default -> {
        int d = Draw.between(in, 0, 9);
        yield d < 7 ? Direction.INCREASE : d < 9 ? Direction.DECREASE : Direction.MAINTAIN;
      }
    };
  }

  private static Optional<String> unit(RandomnessSource in, Measure measure, long denominator) {
    return switch (measure) {
      case COUNT -> Optional.of(Draw.pick(in, Texts.COUNT_UNITS));
      case PERCENTAGE -> Optional.of("%");
      case RATIO -> Optional.of(denominator > 0 ? "ratio (numerator/denominator)" : "ratio");
      case CURRENCY -> Optional.of("USD");
      case NOMINAL -> Optional.of("category code");
      case ORDINAL -> Optional.of("level (1-5)");
      case QUALITATIVE -> Optional.empty();
    };
  }

  private static List<String> titles(Measure measure) {
    return switch (measure) {
      case COUNT -> Texts.COUNT_TITLES;
      case PERCENTAGE, RATIO -> Texts.SHARE_TITLES;
      case CURRENCY -> Texts.AMOUNT_TITLES;
      case NOMINAL, ORDINAL, QUALITATIVE -> Texts.SCALE_TITLES;
    };
  }

  /** The total, then (for a breakdown) one point per category, adding up to the total. */
  private static List<DataPoint> points(ValueMaker values, long units, String dimension) {
    DataPoint total = DataPoint.of(values.of(units));
    if (dimension.isEmpty()) {
      return List.of(total);
    }
    List<String> categories = Texts.categories(dimension);
    ImmutableList.Builder<DataPoint> out = ImmutableList.builder();
    out.add(total);
    long each = units / categories.size();
    for (int c = 0; c < categories.size(); c++) {
      long share = c < categories.size() - 1 ? each : units - each * (categories.size() - 1);
      out.add(
          DataPoint.builder()
              .value(values.of(share))
              .disaggregation(Disaggregation.of(dimension, categories.get(c)))
              .build());
    }
    return out.build();
  }

  /** Turns units on the indicator's scale into values of the indicator's kind. */
  private record ValueMaker(Measure measure, Values.Scale scale, long denominator) {
    Value of(long units) {
      if (measure == Measure.QUALITATIVE) {
        return TextValue.of(Texts.NARRATIVES.get((int) units));
      }
      if (denominator > 0) {
        return FractionValue.of(BigDecimal.valueOf(units), BigDecimal.valueOf(denominator));
      }
      return NumericValue.of(scale.amount(units));
    }
  }
}
