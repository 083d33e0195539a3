package org.rbm.json.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;
import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.Aggregation;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.FrameworkProgress;
import org.rbm.core.progress.IndicatorProgress;
import org.rbm.core.progress.PeriodAssessment;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.PlanProgress;
import org.rbm.core.progress.ProgressSettings;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.results.FrameworkId;

/**
 * Progress as of a date: the settings and assessments that go into the calculation, and the
 * progress of periods, plans, indicators and frameworks that comes out. Ratios, scores and expected
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

  /**
   * {@link PeriodProgress}: {@code {"period": {...}, "timing": "COMPLETED", "target": 45, "actual":
   * 41, "ratio": 0.9111…, "score": 0.9111…, "status": "ON_TRACK"}}; absent values left out.
   */
  static final class PeriodProgressCodec extends Codec<PeriodProgress> {
    private static final Fields<PeriodProgress.Builder> FIELDS =
        Fields.<PeriodProgress.Builder>of("a period progress object")
            .required("period", "a date range object", (in, b) -> b.period(in.read(DateRange.class)))
            .required("timing", "a period timing", (in, b) -> b.timing(in.read(PeriodTiming.class)))
            .optional("target", "a value", (in, b) -> b.target(in.read(Value.class)))
            .optional("actual", "a value", (in, b) -> b.actual(in.read(Value.class)))
            .optional("expected", "a number", (in, b) -> b.expected(in.decimal()))
            .optional("ratio", "a number", (in, b) -> b.ratio(in.decimal()))
            .optional("score", "a number", (in, b) -> b.score(in.decimal()))
            .required("status", "a progress status", (in, b) -> b.status(in.read(ProgressStatus.class)))
            .optional(
                "assessment",
                "a period assessment object",
                (in, b) -> b.assessment(in.read(PeriodAssessment.class)))
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
      optionalDecimal(out, "expected", value.expected());
      optionalDecimal(out, "ratio", value.ratio());
      optionalDecimal(out, "score", value.score());
      out.field("status", value.status());
      out.optional("assessment", value.assessment());
      out.end();
    }

    @Override
    public PeriodProgress read(JsonIn in) {
      PeriodProgress.Builder b = PeriodProgress.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link PlanProgress}: {@code {"aggregation": "SUM", "periodsCompleted": 2, "planTarget": 60,
   * "targetToDate": 30, "actualToDate": 33, "ratio": 1.1, "score": 1.1, "status": "ACHIEVED"}}.
   */
  static final class PlanProgressCodec extends Codec<PlanProgress> {
    private static final Fields<PlanProgress.Builder> FIELDS =
        Fields.<PlanProgress.Builder>of("a plan progress object")
            .required("aggregation", "an aggregation", (in, b) -> b.aggregation(in.read(Aggregation.class)))
            .required(
                "periodsCompleted",
                "a whole number",
                (in, b) -> b.periodsCompleted(in.integer(0, Integer.MAX_VALUE)))
            .optional("planTarget", "a value", (in, b) -> b.planTarget(in.read(Value.class)))
            .optional("targetToDate", "a value", (in, b) -> b.targetToDate(in.read(Value.class)))
            .optional("actualToDate", "a value", (in, b) -> b.actualToDate(in.read(Value.class)))
            .optional("ratio", "a number", (in, b) -> b.ratio(in.decimal()))
            .optional("score", "a number", (in, b) -> b.score(in.decimal()))
            .required("status", "a progress status", (in, b) -> b.status(in.read(ProgressStatus.class)))
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
      PlanProgress.Builder b = PlanProgress.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link IndicatorProgress}: {@code {"indicator": "IND-7", "asOf": "2009-01-01", "method":
   * "PERCENT_OF_TARGET", "periods": [...], "plan": {...}}}.
   */
  static final class IndicatorProgressCodec extends Codec<IndicatorProgress> {
    private static final Fields<IndicatorProgress.Builder> FIELDS =
        Fields.<IndicatorProgress.Builder>of("an indicator progress object")
            .required("indicator", "an indicator id", (in, b) -> b.indicator(in.read(IndicatorId.class)))
            .required("asOf", "an ISO date", (in, b) -> b.asOf(in.date()))
            .required("method", "an achievement method", (in, b) -> b.method(in.read(AchievementMethod.class)))
            .optional(
                "periods",
                "an array of period progress objects",
                (in, b) -> in.list(PeriodProgress.class, b::addPeriod))
            .required("plan", "a plan progress object", (in, b) -> b.plan(in.read(PlanProgress.class)))
            .build();

    IndicatorProgressCodec(Codecs codecs) {
      super(IndicatorProgress.class, codecs);
    }

    @Override
    public void write(IndicatorProgress value, JsonOut out) {
      out.startObject();
      out.field("indicator", value.indicator());
      out.field("asOf", value.asOf().toString());
      out.field("method", value.method());
      out.list("periods", value.periods());
      out.field("plan", value.plan());
      out.end();
    }

    @Override
    public IndicatorProgress read(JsonIn in) {
      IndicatorProgress.Builder b = IndicatorProgress.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }

  /**
   * {@link FrameworkProgress}: {@code {"framework": "PB-2008-09", "asOf": "2009-01-01", "settings":
   * {...}, "indicators": [...]}}.
   */
  static final class FrameworkProgressCodec extends Codec<FrameworkProgress> {
    private static final Fields<FrameworkProgress.Builder> FIELDS =
        Fields.<FrameworkProgress.Builder>of("a framework progress object")
            .required("framework", "a framework id", (in, b) -> b.framework(in.read(FrameworkId.class)))
            .required("asOf", "an ISO date", (in, b) -> b.asOf(in.date()))
            .required(
                "settings", "a progress settings object", (in, b) -> b.settings(in.read(ProgressSettings.class)))
            .optional(
                "indicators",
                "an array of indicator progress objects",
                (in, b) -> in.list(IndicatorProgress.class, b::addIndicator))
            .build();

    FrameworkProgressCodec(Codecs codecs) {
      super(FrameworkProgress.class, codecs);
    }

    @Override
    public void write(FrameworkProgress value, JsonOut out) {
      out.startObject();
      out.field("framework", value.framework());
      out.field("asOf", value.asOf().toString());
      out.field("settings", value.settings());
      out.list("indicators", value.indicators());
      out.end();
    }

    @Override
    public FrameworkProgress read(JsonIn in) {
      FrameworkProgress.Builder b = FrameworkProgress.builder();
      in.object(FIELDS, b);
      return in.build(b::build, "");
    }
  }
}
