package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.internal.ProgressValues;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.Aggregation;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.CategoryProgress;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ProgressReport;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.results.ResultsFramework;

/**
 * Progress as of a date: the settings and assessments that go into the calculation, and the
 * progress of periods, plans and whole reports that comes out. Computed values have no public
 * builders: they are rebuilt through {@link ProgressValues}, which runs the model's checks. Ratios, scores and expected
 * values are JSON numbers, exact; the as-of date is an ISO string. Numbers are bounded by the core
 * types' checks, run when each object is built: a band, tolerance or level below 10^30 with at most
 * 20 decimal places; a ratio, score or expected value below 10^200 with at most 400, so that a
 * number such as {@code 1E-999999999} is refused at its path rather than failing later.
 */
final class ProgressCodecs {
  private ProgressCodecs() {}

  /** Writes a number property if present. */
  static void optionalDecimal(JsonOut out, String name, Optional<BigDecimal> number) {
    number.ifPresent(n -> out.decimal(name, n));
  }

  /**
   * {@link ProgressSettings}: {@code {"method": "PERCENT_OF_TARGET", "band": 0.15,
   * "maintainTolerance": 0.15, "expectedTrajectory": false}}; every property is written, and a
   * property left out when reading takes its default.
   */
  static final class ProgressSettingsCodec extends Codec<ProgressSettings> {
    private static final Fields<ProgressSettings.Builder> FIELDS =
        Fields.<ProgressSettings.Builder>of("a progress settings object")
            .optional("method", "an achievement method", (in, b) -> b.method(in.read(AchievementMethod.class)))
            .optional("band", "a number", (in, b) -> b.band(in.decimal()))
            .optional("maintainTolerance", "a number", (in, b) -> b.maintainTolerance(in.decimal()))
            .optional("expectedTrajectory", "true or false", (in, b) -> b.expectedTrajectory(in.bool()))
            .build();

    ProgressSettingsCodec(Codecs codecs) {
      super(ProgressSettings.class, codecs);
    }

    @Override
    public void write(ProgressSettings value, JsonOut out) {
      out.startObject();
      out.field("method", value.method());
      out.decimal("band", value.band());
      out.decimal("maintainTolerance", value.maintainTolerance());
      out.bool("expectedTrajectory", value.expectedTrajectory());
      out.end();
    }

    @Override
    public ProgressSettings read(JsonIn in) {
      ProgressSettings.Builder b = ProgressSettings.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link PeriodAssessment}: {@code {"indicator": "IND-7", "period": {...}, "grade":
   * "PARTLY_ACHIEVED", "comment": "..."}}, or with {@code "levelReached": 3} instead of a grade.
   */
  static final class PeriodAssessmentCodec extends Codec<PeriodAssessment> {
    private static final Fields<PeriodAssessment.Builder> FIELDS =
        Fields.<PeriodAssessment.Builder>of("a period assessment object")
            .required("indicator", "an indicator id", (in, b) -> b.indicator(in.read(IndicatorId.class)))
            .required("period", "a date range object", (in, b) -> b.period(in.read(DateRange.class)))
            .optional("grade", "an assessment grade", (in, b) -> b.grade(in.read(AssessmentGrade.class)))
            .optional("levelReached", "a number", (in, b) -> b.levelReached(in.decimal()))
            .optional("comment", "a string", (in, b) -> b.comment(in.string()))
            .build();

    PeriodAssessmentCodec(Codecs codecs) {
      super(PeriodAssessment.class, codecs);
    }

    @Override
    public void write(PeriodAssessment value, JsonOut out) {
      out.startObject();
      out.field("indicator", value.indicator());
      out.field("period", value.period());
      out.optional("grade", value.grade());
      optionalDecimal(out, "levelReached", value.levelReached());
      out.optional("comment", value.comment());
      out.end();
    }

    @Override
    public PeriodAssessment read(JsonIn in) {
      PeriodAssessment.Builder b = PeriodAssessment.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "assessment.");
    }
  }

  /** The one route to the progress package's computed values (see {@link ProgressValues}). */
  static final ProgressValues VALUES = ProgressValues.get();

  /** The parts of a period's progress, as read. */
  private static final class PeriodParts {
    @Nullable DateRange period;
    @Nullable PeriodTiming timing;
    Optional<Value> target = Optional.empty();
    Optional<Value> actual = Optional.empty();
    boolean targetDerived;
    boolean actualDerived;
    List<CategoryProgress> breakdown = new ArrayList<>();
    Optional<BigDecimal> expected = Optional.empty();
    Optional<BigDecimal> ratio = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();
    @Nullable ProgressStatus status;
    Optional<PeriodAssessment> assessment = Optional.empty();
  }

  /**
   * {@link PeriodProgress}: {@code {"period": {...}, "timing": "COMPLETED", "target": 45, "actual":
   * 41, "ratio": 0.9111…, "score": 0.9111…, "status": "ON_TRACK"}}; absent values left out, and
   * {@code "targetDerived": true} or {@code "actualDerived": true} only for a total derived from a
   * complete breakdown, and {@code "breakdown": [...]} (see {@link CategoryProgressCodec}) when
   * the period's values are broken down.
   */
  static final class PeriodProgressCodec extends Codec<PeriodProgress> {
    private static final Fields<PeriodParts> FIELDS =
        Fields.<PeriodParts>of("a period progress object")
            .required("period", "a date range object", (in, p) -> p.period = in.read(DateRange.class))
            .required("timing", "a period timing", (in, p) -> p.timing = in.read(PeriodTiming.class))
            .optional("target", "a value", (in, p) -> p.target = Optional.of(in.read(Value.class)))
            .optional("actual", "a value", (in, p) -> p.actual = Optional.of(in.read(Value.class)))
            .optional("targetDerived", "true or false", (in, p) -> p.targetDerived = in.bool())
            .optional("actualDerived", "true or false", (in, p) -> p.actualDerived = in.bool())
            .optional("expected", "a number", (in, p) -> p.expected = Optional.of(in.decimal()))
            .optional("ratio", "a number", (in, p) -> p.ratio = Optional.of(in.decimal()))
            .optional("score", "a number", (in, p) -> p.score = Optional.of(in.decimal()))
            .required("status", "a progress status", (in, p) -> p.status = in.read(ProgressStatus.class))
            .optional(
                "assessment",
                "a period assessment object",
                (in, p) -> p.assessment = Optional.of(in.read(PeriodAssessment.class)))
            .optional(
                "breakdown",
                "an array of category progress objects",
                (in, p) -> in.list(CategoryProgress.class, p.breakdown::add))
            .build();

    PeriodProgressCodec(Codecs codecs) {
      super(PeriodProgress.class, codecs);
    }

    @Override
    public void write(PeriodProgress value, JsonOut out) {
      out.startObject();
      out.field("period", value.period());
      out.field("timing", value.timing());
      out.optional("target", value.target());
      out.optional("actual", value.actual());
      if (value.targetDerived()) {
        out.bool("targetDerived", true);
      }
      if (value.actualDerived()) {
        out.bool("actualDerived", true);
      }
      optionalDecimal(out, "expected", value.expected());
      optionalDecimal(out, "ratio", value.ratio());
      optionalDecimal(out, "score", value.score());
      out.field("status", value.status());
      out.optional("assessment", value.assessment());
      out.list("breakdown", value.breakdown());
      out.end();
    }

    @Override
    public PeriodProgress read(JsonIn in) {
      PeriodParts p = new PeriodParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              VALUES.periodDetails(
                  VALUES.periodProgress(
                      requireNonNull(p.period),
                      requireNonNull(p.timing),
                      p.target,
                      p.actual,
                      p.expected,
                      p.ratio,
                      p.score,
                      requireNonNull(p.status),
                      p.assessment),
                  p.targetDerived,
                  p.actualDerived,
                  p.breakdown),
          "");
    }
  }

  /** The parts of a category's progress, as read. */
  private static final class CategoryParts {
    @Nullable String dimension;
    @Nullable String category;
    Optional<Value> target = Optional.empty();
    Optional<Value> actual = Optional.empty();
    Optional<BigDecimal> ratio = Optional.empty();
    Optional<BigDecimal> share = Optional.empty();
  }

  /**
   * {@link CategoryProgress}: {@code {"dimension": "sex", "category": "female", "target": 50,
   * "actual": 60, "ratio": 1.2, "share": 0.5714…}}; absent values left out.
   */
  static final class CategoryProgressCodec extends Codec<CategoryProgress> {
    private static final Fields<CategoryParts> FIELDS =
        Fields.<CategoryParts>of("a category progress object")
            .required("dimension", "a string", (in, p) -> p.dimension = in.string())
            .required("category", "a string", (in, p) -> p.category = in.string())
            .optional("target", "a value", (in, p) -> p.target = Optional.of(in.read(Value.class)))
            .optional("actual", "a value", (in, p) -> p.actual = Optional.of(in.read(Value.class)))
            .optional("ratio", "a number", (in, p) -> p.ratio = Optional.of(in.decimal()))
            .optional("share", "a number", (in, p) -> p.share = Optional.of(in.decimal()))
            .build();

    CategoryProgressCodec(Codecs codecs) {
      super(CategoryProgress.class, codecs);
    }

    @Override
    public void write(CategoryProgress value, JsonOut out) {
      out.startObject();
      out.field("dimension", value.dimension());
      out.field("category", value.category());
      out.optional("target", value.target());
      out.optional("actual", value.actual());
      optionalDecimal(out, "ratio", value.ratio());
      optionalDecimal(out, "share", value.share());
      out.end();
    }

    @Override
    public CategoryProgress read(JsonIn in) {
      CategoryParts p = new CategoryParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              VALUES.categoryProgress(
                  requireNonNull(p.dimension),
                  requireNonNull(p.category),
                  p.target,
                  p.actual,
                  p.ratio,
                  p.share),
          "");
    }
  }

  /** The parts of a plan's progress, as read. */
  private static final class PlanParts {
    @Nullable Aggregation aggregation;
    int periodsCompleted;
    Optional<Value> planTarget = Optional.empty();
    Optional<Value> targetToDate = Optional.empty();
    Optional<Value> actualToDate = Optional.empty();
    Optional<BigDecimal> ratio = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();
    @Nullable ProgressStatus status;
  }

  /**
   * {@link PlanProgress}: {@code {"aggregation": "SUM", "periodsCompleted": 2, "planTarget": 60,
   * "targetToDate": 30, "actualToDate": 33, "ratio": 1.1, "score": 1.1, "status": "ACHIEVED"}}.
   */
  static final class PlanProgressCodec extends Codec<PlanProgress> {
    private static final Fields<PlanParts> FIELDS =
        Fields.<PlanParts>of("a plan progress object")
            .required(
                "aggregation", "an aggregation", (in, p) -> p.aggregation = in.read(Aggregation.class))
            .required(
                "periodsCompleted",
                "a whole number",
                (in, p) -> p.periodsCompleted = in.integer(0, Integer.MAX_VALUE))
            .optional("planTarget", "a value", (in, p) -> p.planTarget = Optional.of(in.read(Value.class)))
            .optional(
                "targetToDate", "a value", (in, p) -> p.targetToDate = Optional.of(in.read(Value.class)))
            .optional(
                "actualToDate", "a value", (in, p) -> p.actualToDate = Optional.of(in.read(Value.class)))
            .optional("ratio", "a number", (in, p) -> p.ratio = Optional.of(in.decimal()))
            .optional("score", "a number", (in, p) -> p.score = Optional.of(in.decimal()))
            .required("status", "a progress status", (in, p) -> p.status = in.read(ProgressStatus.class))
            .build();

    PlanProgressCodec(Codecs codecs) {
      super(PlanProgress.class, codecs);
    }

    @Override
    public void write(PlanProgress value, JsonOut out) {
      out.startObject();
      out.field("aggregation", value.aggregation());
      out.decimal("periodsCompleted", BigDecimal.valueOf(value.periodsCompleted()));
      out.optional("planTarget", value.planTarget());
      out.optional("targetToDate", value.targetToDate());
      out.optional("actualToDate", value.actualToDate());
      optionalDecimal(out, "ratio", value.ratio());
      optionalDecimal(out, "score", value.score());
      out.field("status", value.status());
      out.end();
    }

    @Override
    public PlanProgress read(JsonIn in) {
      PlanParts p = new PlanParts();
      in.object(FIELDS, p);
      return in.build(
          () ->
              VALUES.planProgress(
                  requireNonNull(p.aggregation),
                  p.periodsCompleted,
                  p.planTarget,
                  p.targetToDate,
                  p.actualToDate,
                  p.ratio,
                  p.score,
                  requireNonNull(p.status)),
          "");
    }
  }

  /** One indicator's entry in a report, as read: its id, periods and plan. */
  private static final class IndicatorParts {
    @Nullable IndicatorId indicator;
    final List<PeriodProgress> periods = new ArrayList<>();
    @Nullable PlanProgress plan;
  }

  /** The parts of a report, as read. */
  private static final class ReportParts {
    @Nullable ResultsFramework framework;
    @Nullable LocalDate asOf;
    @Nullable ProgressSettings settings;
    final List<IndicatorParts> indicators = new ArrayList<>();
  }

  /**
   * {@link ProgressReport}: {@code {"framework": {"format": "rbm-framework/1", ...}, "asOf":
   * "2009-01-01", "settings": {...}, "indicators": [{"indicator": "IND-1", "periods": [...],
   * "plan": {...}}, ...]}}. The framework is embedded whole, as its own document, so that a stored
   * report is bound to the exact framework it was computed from; each indicator's entry names its
   * indicator by id, in the framework's order, and takes the date and method from the report.
   */
  static final class ProgressReportCodec extends Codec<ProgressReport> {
    private static final Fields<IndicatorParts> INDICATOR_FIELDS =
        Fields.<IndicatorParts>of("an indicator progress object")
            .required(
                "indicator", "an indicator id", (in, p) -> p.indicator = in.read(IndicatorId.class))
            .optional(
                "periods",
                "an array of period progress objects",
                (in, p) ->
                    in.array(
                        () -> {
                          PeriodProgress next = in.read(PeriodProgress.class);
                          if (!p.periods.isEmpty()
                              && p.periods.get(p.periods.size() - 1).period().compareTo(next.period())
                                  >= 0) {
                            throw in.error(
                                "the period " + next.period() + " after "
                                    + p.periods.get(p.periods.size() - 1).period(),
                                "periods in date order (by start, then end), each at most once");
                          }
                          p.periods.add(next);
                        }))
            .required("plan", "a plan progress object", (in, p) -> p.plan = in.read(PlanProgress.class))
            .build();

    private static final Fields<ReportParts> FIELDS =
        Fields.<ReportParts>of("a progress report object")
            .required(
                "framework",
                "a results framework object",
                (in, r) -> r.framework = in.read(ResultsFramework.class))
            .required("asOf", "an ISO date", (in, r) -> r.asOf = in.date())
            .required(
                "settings",
                "a progress settings object",
                (in, r) -> r.settings = in.read(ProgressSettings.class))
            .optional(
                "indicators",
                "an array of indicator progress objects",
                (in, r) ->
                    in.array(
                        () -> {
                          IndicatorParts p = new IndicatorParts();
                          in.object(INDICATOR_FIELDS, p);
                          r.indicators.add(p);
                        }))
            .build();

    ProgressReportCodec(Codecs codecs) {
      super(ProgressReport.class, codecs);
    }

    @Override
    public void write(ProgressReport value, JsonOut out) {
      out.startObject();
      out.field("framework", value.framework());
      out.field("asOf", value.asOf().toString());
      out.field("settings", value.settings());
      if (!value.indicators().isEmpty()) {
        out.startArray("indicators");
        for (IndicatorProgress p : value.indicators()) {
          out.startObject();
          out.field("indicator", p.id());
          out.list("periods", p.periods());
          out.field("plan", p.plan());
          out.end();
        }
        out.end();
      }
      out.end();
    }

    @Override
    public ProgressReport read(JsonIn in) {
      ReportParts r = new ReportParts();
      in.object(FIELDS, r);
      return in.build(() -> report(r), "");
    }

    private static ProgressReport report(ReportParts r) {
      ResultsFramework framework = requireNonNull(r.framework);
      LocalDate asOf = requireNonNull(r.asOf);
      ProgressSettings settings = requireNonNull(r.settings);
      List<IndicatorProgress> indicators = new ArrayList<>();
      for (int i = 0; i < r.indicators.size(); i++) {
        IndicatorParts p = r.indicators.get(i);
        IndicatorId id = requireNonNull(p.indicator);
        Indicator indicator =
            framework
                .indicator(id)
                .orElseThrow(
                    () ->
                        new InvalidValueException(
                            "indicators[" + indicators.size() + "].indicator",
                            id,
                            "an indicator of framework " + framework.id()));
        indicators.add(
            VALUES.indicatorProgress(
                indicator, asOf, settings.method(), p.periods, requireNonNull(p.plan)));
      }
      return VALUES.report(framework, asOf, settings, indicators);
    }
  }
}
