package org.rbm.json.internal;

import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.LessonId;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.SubjectRef;

/**
 * The small values of the evaluation follow-up, each a string in its {@code parse}/{@code
 * toString} form. The evaluation document itself is not yet part of the JSON format.
 */
final class EvaluationCodecs {
  private EvaluationCodecs() {}

  /** {@link EvaluationId}: {@code "IEE-2007-01"}. */
  static final class EvaluationIdCodec extends Codec<EvaluationId> {
    EvaluationIdCodec(Codecs codecs) {
      super(EvaluationId.class, codecs);
    }

    @Override
    public void write(EvaluationId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public EvaluationId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> EvaluationId.parse(text));
    }
  }

  /** {@link RecommendationId}: {@code "R1"}. */
  static final class RecommendationIdCodec extends Codec<RecommendationId> {
    RecommendationIdCodec(Codecs codecs) {
      super(RecommendationId.class, codecs);
    }

    @Override
    public void write(RecommendationId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public RecommendationId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> RecommendationId.parse(text));
    }
  }

  /** {@link ActionId}: {@code "R1.1"}. */
  static final class ActionIdCodec extends Codec<ActionId> {
    ActionIdCodec(Codecs codecs) {
      super(ActionId.class, codecs);
    }

    @Override
    public void write(ActionId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public ActionId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> ActionId.parse(text));
    }
  }

  /** {@link LessonId}: {@code "L-2007-03"}. */
  static final class LessonIdCodec extends Codec<LessonId> {
    LessonIdCodec(Codecs codecs) {
      super(LessonId.class, codecs);
    }

    @Override
    public void write(LessonId value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public LessonId read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> LessonId.parse(text));
    }
  }

  /** {@link SubjectRef}: {@code "dwcp:KHM"}. */
  static final class SubjectRefCodec extends Codec<SubjectRef> {
    SubjectRefCodec(Codecs codecs) {
      super(SubjectRef.class, codecs);
    }

    @Override
    public void write(SubjectRef value, JsonOut out) {
      out.value(value.toString());
    }

    @Override
    public SubjectRef read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> SubjectRef.parse(text));
    }
  }
}
