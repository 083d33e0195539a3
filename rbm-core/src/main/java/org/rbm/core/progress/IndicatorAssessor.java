package org.rbm.core.progress;

import static java.time.temporal.ChronoUnit.DAYS;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rbm.core.Decimals;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Baseline;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorPeriod;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.BreakdownTotals;
import org.rbm.core.internal.CanonicalDecimals;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.QuantityJudge.Verdict;

/** Computes the progress of one indicator as of a date: each period's, then the whole plan's. */
final class IndicatorAssessor {
  /** The latest period is the one with the latest end, then the latest start. */
  private static final Comparator<PeriodProgress> LATEST =
      Comparator.comparing((PeriodProgress p) -> p.period().end())
          .thenComparing(p -> p.period().start());

  private final Indicator indicator;
  private final LocalDate asOf;
  private final ProgressSettings settings;
  private final Direction direction;
  private final @Nullable BigDecimal baseline;
  private final Optional<LocalDate> baselineDate;
  private final Map<DateRange, PeriodAssessment> assessments;
  private final QuantityJudge judge;

  IndicatorAssessor(
      Indicator indicator,
      LocalDate asOf,
      ProgressSettings settings,
      Map<DateRange, PeriodAssessment> assessments) {
    this.indicator = indicator;
    this.asOf = asOf;
    this.settings = settings;
    // IATI's default: an indicator is ascending unless it says otherwise.
    this.direction = indicator.direction().orElse(Direction.INCREASE);
    this.baseline =
        indicator
            .baseline()
            .flatMap(Baseline::value)
            .flatMap(v -> indicator.measure().numberIn(v))
            .orElse(null);
    this.baselineDate = indicator.baseline().flatMap(Baseline::date);
    this.assessments = assessments;
    this.judge = new QuantityJudge(settings, direction);
  }

  IndicatorProgress assess() {
    List<PeriodProgress> periods = new ArrayList<>(indicator.periods().size());
    for (IndicatorPeriod p : periodsInOrder()) {
      periods.add(period(p));
    }
    return ImmutableIndicatorProgress.builder()
        .indicator(indicator)
        .asOf(asOf)
        .method(settings.method())
        .periods(periods)
        .plan(plan(periods))
        .build();
  }

  /**
   * The periods ordered by start, then end: one linear check when they are given in order (as they
   * usually are), a sort otherwise, so that the result never depends on the order of recording.
   */
  private ImmutableList<IndicatorPeriod> periodsInOrder() {
    ImmutableList<IndicatorPeriod> given = indicator.periods();
    boolean ordered = true;
    for (int i = 1; i < given.size() && ordered; i++) {
      ordered = given.get(i - 1).period().compareTo(given.get(i).period()) < 0;
    }
    if (ordered) {
      return given;
    }
    List<Integer> order = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> given.get(i).period()).thenComparing(i -> i));
    ImmutableList.Builder<IndicatorPeriod> sorted = ImmutableList.builderWithExpectedSize(given.size());
    @Nullable DateRange previous = null;
    for (int k = 0; k < order.size(); k++) {
      IndicatorPeriod p = given.get(order.get(k));
      if (p.period().equals(previous)) {
        throw new InvalidValueException(
            "indicator " + indicator.id() + ".periods[" + order.get(k) + "].period",
            p.period(),
            "a period not given before for the indicator (progress needs one value per period)");
      }
      sorted.add(p);
      previous = p.period();
    }
    return sorted.build();
  }

  private PeriodProgress period(IndicatorPeriod p) {
    DateRange range = p.period();
    PeriodTiming timing = PeriodTiming.of(range, asOf);
    Optional<Value> target = p.totalTarget().map(DataPoint::value);
    Optional<Value> actual = p.totalActual().map(DataPoint::value);
    boolean targetDerived = false;
    boolean actualDerived = false;
    if (target.isEmpty()) {
      target = BreakdownTotals.derive(indicator, p.targets());
      targetDerived = target.isPresent();
    }
    if (actual.isEmpty()) {
      actual = BreakdownTotals.derive(indicator, p.actuals());
      actualDerived = actual.isPresent();
    }
    @Nullable PeriodAssessment assessment = assessments.get(range);
    ImmutablePeriodProgress.Builder b =
        ImmutablePeriodProgress.builder()
            .period(range)
            .timing(timing)
            .target(target)
            .actual(actual)
            .targetDerived(targetDerived)
            .actualDerived(actualDerived)
            .breakdown(CategoryAssessor.of(indicator, p, actual));
    if (assessment != null) {
      b.assessment(assessment);
    }
    boolean quantity = !isAssessed();
    BigDecimal t = amount(target);
    BigDecimal a = amount(actual);
    if (quantity && t != null && a != null) {
      // Shown for running periods too: how far the period has come so far.
      b.ratio(settings.method().ratio(baseline, t, a));
    }
    boolean completed = timing == PeriodTiming.COMPLETED;
    boolean judged =
        completed || (timing == PeriodTiming.RUNNING && settings.expectedTrajectory());
    if (!judged) {
      return b.status(ProgressStatus.NOT_YET_DUE).build();
    }
    switch (indicator.measure()) {
      case QUALITATIVE, NOMINAL -> {
        return b.status(graded(completed, assessment)).build();
      }
      case ORDINAL -> {
        BigDecimal level = assessment != null ? assessment.levelReached().orElse(null) : a;
        return b.status(ordinal(completed, level, t)).build();
      }
      default -> {
        Verdict verdict;
        if (direction == Direction.MAINTAIN) {
          verdict = judge.maintain(completed, baseline != null ? baseline : t, a);
        } else if (completed || t == null || direction == Direction.NOT_APPLICABLE) {
          verdict = judge.judge(completed, baseline, t, a);
        } else {
          verdict = againstTrajectory(b, range, t, a);
        }
        return b.status(verdict.status()).score(verdict.optionalScore()).build();
      }
    }
  }

  /**
   * Judges a running period against the value expected on the as-of date, on a line from the start
   * (the baseline on its date, or 0 on the period's first day for a flow) to the target on the day
   * after the period's last day.
   */
  private Verdict againstTrajectory(
      ImmutablePeriodProgress.Builder b, DateRange range, BigDecimal target, @Nullable BigDecimal actual) {
    boolean flow = isFlow();
    BigDecimal startValue = flow ? BigDecimal.ZERO : baseline;
    if (startValue == null) {
      return Verdict.of(ProgressStatus.NOT_YET_DUE);
    }
    LocalDate start = range.start();
    if (!flow && baselineDate.isPresent() && !baselineDate.get().isAfter(range.end())) {
      start = baselineDate.get();
    }
    // The target is due the day after the last day; counted without building that date, which
    // does not exist for a period ending on LocalDate.MAX.
    long total = DAYS.between(start, range.end()) + 1;
    long elapsed = Math.min(total, Math.max(0, DAYS.between(start, asOf)));
    BigDecimal expected =
        CanonicalDecimals.plain(
            startValue.add(
                target
                    .subtract(startValue)
                    .multiply(BigDecimal.valueOf(elapsed))
                    .divide(BigDecimal.valueOf(total), Decimals.CONTEXT)));
    b.expected(expected);
    return judge.judge(false, startValue, expected, actual);
  }

  private ProgressStatus graded(boolean completed, @Nullable PeriodAssessment assessment) {
    if (assessment == null || assessment.grade().isEmpty()) {
      return completed ? ProgressStatus.NOT_ASSESSED : ProgressStatus.NOT_YET_DUE;
    }
    return switch (assessment.grade().get()) {
      case ACHIEVED -> ProgressStatus.ACHIEVED;
      case PARTLY_ACHIEVED -> completed ? ProgressStatus.BEHIND : ProgressStatus.ON_TRACK;
      case NOT_ACHIEVED -> ProgressStatus.BEHIND;
    };
  }

  private ProgressStatus ordinal(
      boolean completed, @Nullable BigDecimal level, @Nullable BigDecimal target) {
    if (level == null) {
      return completed ? ProgressStatus.NO_DATA : ProgressStatus.NOT_YET_DUE;
    }
    if (direction == Direction.NOT_APPLICABLE) {
      return ProgressStatus.NOT_ASSESSED;
    }
    if (direction == Direction.MAINTAIN) {
      BigDecimal reference = baseline != null ? baseline : target;
      if (reference == null) {
        return ProgressStatus.NOT_ASSESSED;
      }
      if (level.compareTo(reference) != 0) {
        return ProgressStatus.BEHIND;
      }
      return completed ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK;
    }
    if (target == null) {
      return ProgressStatus.NOT_ASSESSED;
    }
    int cmp = level.compareTo(target);
    int better = direction == Direction.DECREASE ? -cmp : cmp;
    if (better > 0) {
      return ProgressStatus.AHEAD_OF_TARGET;
    }
    if (better == 0) {
      return ProgressStatus.ACHIEVED;
    }
    return completed ? ProgressStatus.BEHIND : ProgressStatus.NOT_YET_DUE;
  }

  /**
   * The progress of {@code period} made of the indicator's shorter periods it holds, for a table in
   * a coarser frequency: the plan's aggregation over just those periods (see {@link PlanProgress}),
   * so that a year made of quarters sums, takes the latest or pools exactly as the plan's totals
   * do. Its target is the whole period's ({@link PlanProgress#planTarget()}); its actual, ratio,
   * score and status are to date, over the shorter periods completed.
   */
  PeriodProgress rolledUp(DateRange period, List<PeriodProgress> shorter) {
    PlanProgress over = plan(shorter);
    return ImmutablePeriodProgress.builder()
        .period(period)
        .timing(PeriodTiming.of(period, asOf))
        .target(over.planTarget())
        .actual(over.actualToDate())
        .ratio(over.ratio())
        .score(over.score())
        .status(over.status())
        .build();
  }

  private PlanProgress plan(List<PeriodProgress> periods) {
    List<PeriodProgress> completed = new ArrayList<>();
    for (PeriodProgress p : periods) {
      if (p.timing() == PeriodTiming.COMPLETED) {
        completed.add(p);
      }
    }
    Aggregation aggregation = aggregationOf(completed);
    ImmutablePlanProgress.Builder b =
        ImmutablePlanProgress.builder()
            .aggregation(aggregation)
            .periodsCompleted(completed.size())
            .planTarget(planTarget(aggregation, periods));
    if (completed.isEmpty()) {
      ProgressStatus status = ProgressStatus.NOT_YET_DUE;
      if (settings.expectedTrajectory()) {
        status =
            periods.stream()
                .filter(p -> p.timing() == PeriodTiming.RUNNING)
                .max(LATEST)
                .map(PeriodProgress::status)
                .orElse(ProgressStatus.NOT_YET_DUE);
      }
      return b.status(status).build();
    }
    PeriodProgress latest = completed.stream().max(LATEST).orElseThrow();
    if (aggregation == Aggregation.LATEST) {
      return b.targetToDate(latest.target())
          .actualToDate(latest.actual())
          .ratio(latest.ratio())
          .score(latest.score())
          .status(latest.status())
          .build();
    }
    List<Value> targets = new ArrayList<>();
    List<Value> actuals = new ArrayList<>();
    for (PeriodProgress p : completed) {
      p.target().ifPresent(targets::add);
      p.actual().ifPresent(actuals::add);
    }
    Optional<Value> targetToDate;
    Optional<Value> actualToDate;
    BigDecimal reference = baseline;
    if (aggregation == Aggregation.SUM) {
      targetToDate = PlanSums.sum(field("targets"), targets);
      actualToDate = PlanSums.sum(field("actuals"), actuals);
      if (baseline != null) {
        reference = baseline.multiply(BigDecimal.valueOf(completed.size()));
      }
    } else {
      targetToDate =
          !targets.isEmpty() && PlanSums.allFractions(targets)
              ? PlanSums.sumOfParts(field("targets"), targets)
              : latest.target();
      actualToDate = PlanSums.sumOfParts(field("actuals"), actuals);
    }
    BigDecimal t = amount(targetToDate);
    BigDecimal a = amount(actualToDate);
    if (t != null && a != null) {
      b.ratio(settings.method().ratio(reference, t, a));
    }
    Verdict verdict = judge.judge(true, reference, t, a);
    return b.targetToDate(targetToDate)
        .actualToDate(actualToDate)
        .status(verdict.status())
        .score(verdict.optionalScore())
        .build();
  }

  /** Qualitative, nominal and ordinal indicators are assessed, never given a ratio. */
  private boolean isAssessed() {
    Measure measure = indicator.measure();
    return measure == Measure.QUALITATIVE || measure == Measure.NOMINAL
        || measure == Measure.ORDINAL;
  }

  private Aggregation aggregationOf(List<PeriodProgress> completed) {
    if (isAssessed()
        || indicator.cumulative()
        || direction == Direction.MAINTAIN) {
      return Aggregation.LATEST;
    }
    if (isFlow()) {
      return Aggregation.SUM;
    }
    List<Value> actuals = new ArrayList<>();
    for (PeriodProgress p : completed) {
      p.actual().ifPresent(actuals::add);
    }
    return !actuals.isEmpty() && PlanSums.allFractions(actuals)
        ? Aggregation.SUM_OF_PARTS
        : Aggregation.LATEST;
  }

  /** A non-cumulative count or amount, whose periods add up; its baseline is a level per period. */
  private boolean isFlow() {
    Measure measure = indicator.measure();
    return (measure == Measure.COUNT || measure == Measure.CURRENCY)
        && !indicator.cumulative()
        && direction != Direction.MAINTAIN;
  }

  private Optional<Value> planTarget(Aggregation aggregation, List<PeriodProgress> periods) {
    List<Value> targets = new ArrayList<>();
    for (PeriodProgress p : periods) {
      p.target().ifPresent(targets::add);
    }
    if (aggregation == Aggregation.SUM) {
      return PlanSums.sum(field("targets"), targets);
    }
    if (aggregation == Aggregation.SUM_OF_PARTS && !targets.isEmpty()
        && PlanSums.allFractions(targets)) {
      return PlanSums.sumOfParts(field("targets"), targets);
    }
    return periods.stream()
        .filter(p -> p.target().isPresent())
        .max(LATEST)
        .flatMap(PeriodProgress::target);
  }

  /**
   * The field of the indicator's values that a sum is made of, for messages: made only when a
   * message needs it.
   */
  private Supplier<String> field(String values) {
    return () -> "indicator " + indicator.id() + ".periods[*]." + values;
  }

  private @Nullable BigDecimal amount(Optional<Value> value) {
    return value.flatMap(v -> indicator.measure().numberIn(v)).orElse(null);
  }
}
