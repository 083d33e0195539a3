package org.rbm.json.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.Direction;
import org.rbm.core.indicators.Measure;
import org.rbm.core.indicators.ReportingFrequency;
import org.rbm.json.RbmJsonException;

/**
 * Enum constants are JSON strings holding the constant's Java name, such as {@code "COUNT"} or
 * {@code "NOT_APPLICABLE"}, as JSON-B writes enums by default; case matters.
 *
 * <p>Through JSON-B, Yasson reads an enum that is the type asked for ({@code
 * jsonb.fromJson("\"COUNT\"", Measure.class)}) with its own enum deserializer, never a registered
 * one (eclipse-ee4j/yasson#617): it accepted {@code null} and {@code ["COUNT"]} and failed on
 * {@code "0"} with an {@code IllegalArgumentException}. Yasson does consult adapters first, so
 * {@code RbmJson.config()} registers every enum's codec also as an adapter from a {@link
 * Constant}, which {@link ConstantCodec} reads strictly, as a string and with its location.
 */
public final class EnumCodecs {
  private EnumCodecs() {}

  /**
   * The constants of each enum by name, made once per type: {@code getEnumConstants()} clones the
   * array on every call.
   */
  private static final ClassValue<Map<String, Object>> BY_NAME =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          return Map.copyOf(byName);
        }
      };

  /** The constant of {@code type} named {@code name}; null if there is none. */
  static <E> @Nullable E named(Class<E> type, String name) {
    return type.cast(BY_NAME.get(type).get(name));
  }

  /** What was expected of a constant of {@code type}. */
  static String expected(Class<?> type) {
    return "one of " + Arrays.toString(type.getEnumConstants());
  }

  /**
   * A JSON string read where JSON-B expects an enum constant, with where it was, for the adapter
   * to turn into the constant. Only JSON-B sees it.
   */
  public static final class Constant {
    private final String name;
    private final long line;
    private final long column;

    Constant(String name, long line, long column) {
      this.name = name;
      this.line = line;
      this.column = column;
    }

    <E> E as(Class<E> type) {
      if (!type.isEnum()) {
        throw new IllegalStateException(type + " is not an enum: its codec is not an adapter");
      }
      E constant = named(type, name);
      if (constant == null) {
        throw new RbmJsonException(
            "", line, column, JsonIn.quote(name), expected(type), null);
      }
      return constant;
    }
  }

  /** Reads and writes the {@link Constant} an enum's adapter converts; JSON-B only. */
  static final class ConstantCodec extends Codec<Constant> {
    ConstantCodec(Codecs codecs) {
      super(Constant.class, codecs);
    }

    @Override
    public void write(Constant value, JsonOut out) {
      out.value(value.name);
    }

    @Override
    public Constant read(JsonIn in) {
      String name = in.string();
      // The location of the string, as every other error at it would report it.
      RbmJsonException at = in.error("", "");
      return new Constant(name, at.line(), at.column());
    }
  }

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
