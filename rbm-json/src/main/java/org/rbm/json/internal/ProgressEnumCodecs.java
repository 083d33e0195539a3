package org.rbm.json.internal;

import org.rbm.core.progress.AchievementMethod;
import org.rbm.core.progress.Aggregation;
import org.rbm.core.progress.AssessmentGrade;
import org.rbm.core.progress.PeriodTiming;
import org.rbm.core.progress.ProgressStatus;
import org.rbm.core.progress.RollUpPolicy;

/** The enums of progress, as JSON strings holding the constant's Java name, such as {@code "ON_TRACK"}. */
final class ProgressEnumCodecs {
  private ProgressEnumCodecs() {}

  /** {@link AchievementMethod}: {@code "PERCENT_OF_TARGET"}. */
  static final class AchievementMethodCodec extends Codec<AchievementMethod> {
    AchievementMethodCodec(Codecs codecs) {
      super(AchievementMethod.class, codecs);
    }

    @Override
    public void write(AchievementMethod value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public AchievementMethod read(JsonIn in) {
      return in.constant(AchievementMethod.class);
    }
  }

  /** {@link ProgressStatus}: {@code "ON_TRACK"}. */
  static final class ProgressStatusCodec extends Codec<ProgressStatus> {
    ProgressStatusCodec(Codecs codecs) {
      super(ProgressStatus.class, codecs);
    }

    @Override
    public void write(ProgressStatus value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public ProgressStatus read(JsonIn in) {
      return in.constant(ProgressStatus.class);
    }
  }

  /** {@link AssessmentGrade}: {@code "PARTLY_ACHIEVED"}. */
  static final class AssessmentGradeCodec extends Codec<AssessmentGrade> {
    AssessmentGradeCodec(Codecs codecs) {
      super(AssessmentGrade.class, codecs);
    }

    @Override
    public void write(AssessmentGrade value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public AssessmentGrade read(JsonIn in) {
      return in.constant(AssessmentGrade.class);
    }
  }

  /** {@link Aggregation}: {@code "SUM_OF_PARTS"}. */
  static final class AggregationCodec extends Codec<Aggregation> {
    AggregationCodec(Codecs codecs) {
      super(Aggregation.class, codecs);
    }

    @Override
    public void write(Aggregation value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public Aggregation read(JsonIn in) {
      return in.constant(Aggregation.class);
    }
  }

  /** {@link PeriodTiming}: {@code "COMPLETED"}. */
  static final class PeriodTimingCodec extends Codec<PeriodTiming> {
    PeriodTimingCodec(Codecs codecs) {
      super(PeriodTiming.class, codecs);
    }

    @Override
    public void write(PeriodTiming value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public PeriodTiming read(JsonIn in) {
      return in.constant(PeriodTiming.class);
    }
  }

  /** {@link RollUpPolicy.Kind}: {@code "WORST_STATUS"}. */
  static final class RollUpPolicyKindCodec extends Codec<RollUpPolicy.Kind> {
    RollUpPolicyKindCodec(Codecs codecs) {
      super(RollUpPolicy.Kind.class, codecs);
    }

    @Override
    public void write(RollUpPolicy.Kind value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public RollUpPolicy.Kind read(JsonIn in) {
      return in.constant(RollUpPolicy.Kind.class);
    }
  }
}
