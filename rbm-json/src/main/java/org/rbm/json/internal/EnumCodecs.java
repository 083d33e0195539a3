package org.rbm.json.internal;

import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;

/**
 * Enum constants are JSON strings holding the constant's Java name, such as {@code "COUNT"} or
 * {@code "NOT_APPLICABLE"}, as JSON-B writes enums by default; case matters.
 */
final class EnumCodecs {
  private EnumCodecs() {}

  /** {@link Measure}: {@code "PERCENTAGE"}. */
  static final class MeasureCodec extends Codec<Measure> {
    MeasureCodec(Codecs codecs) {
      super(Measure.class, codecs);
    }

    @Override
    public void write(Measure value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public Measure read(JsonIn in) {
      return in.constant(Measure.class);
    }
  }

  /** {@link Direction}: {@code "INCREASE"}. */
  static final class DirectionCodec extends Codec<Direction> {
    DirectionCodec(Codecs codecs) {
      super(Direction.class, codecs);
    }

    @Override
    public void write(Direction value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public Direction read(JsonIn in) {
      return in.constant(Direction.class);
    }
  }

  /** {@link ReportingFrequency}: {@code "BIENNIAL"}. */
  static final class ReportingFrequencyCodec extends Codec<ReportingFrequency> {
    ReportingFrequencyCodec(Codecs codecs) {
      super(ReportingFrequency.class, codecs);
    }

    @Override
    public void write(ReportingFrequency value, JsonOut out) {
      out.value(value.name());
    }

    @Override
    public ReportingFrequency read(JsonIn in) {
      return in.constant(ReportingFrequency.class);
    }
  }
}
