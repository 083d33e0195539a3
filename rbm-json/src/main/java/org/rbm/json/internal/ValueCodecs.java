package org.rbm.json.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.rbm.core.indicators.FractionValue;
import org.rbm.core.indicators.NumericValue;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;

/**
 * Values: the JSON type tells the kind, so no tag is needed. A number is a {@link NumericValue}
 * ({@code 12.5}), a string a {@link TextValue} ({@code "Policy adopted"}), an object a {@link
 * FractionValue} ({@code {"numerator": 12, "denominator": 40}}). Numbers are read from their text
 * into a {@link BigDecimal}, exactly.
 */
final class ValueCodecs {
  private ValueCodecs() {}

  /** {@link Value}, of any kind. */
  static final class ValueCodec extends Codec<Value> {
    ValueCodec(Codecs codecs) {
      super(Value.class, codecs);
    }

    @Override
    public void write(Value value, JsonOut out) {
      out.value(value);
    }

    @Override
    public Value read(JsonIn in) {
      return switch (in.event()) {
        case VALUE_NUMBER -> in.read(NumericValue.class);
        case VALUE_STRING -> in.read(TextValue.class);
        case START_OBJECT -> in.read(FractionValue.class);
        default -> throw in.wrongType("a number, a string or a fraction object");
      };
    }
  }

  /** {@link NumericValue}: {@code 12.5}. */
  static final class NumericValueCodec extends Codec<NumericValue> {
    NumericValueCodec(Codecs codecs) {
      super(NumericValue.class, codecs);
    }

    @Override
    public void write(NumericValue value, JsonOut out) {
      out.decimal(value.amount());
    }

    @Override
    public NumericValue read(JsonIn in) {
      BigDecimal amount = in.decimal();
      return in.convert(() -> NumericValue.of(amount));
    }
  }

  /** {@link TextValue}: {@code "Policy adopted"}. */
  static final class TextValueCodec extends Codec<TextValue> {
    TextValueCodec(Codecs codecs) {
      super(TextValue.class, codecs);
    }

    @Override
    public void write(TextValue value, JsonOut out) {
      out.value(value.text());
    }

    @Override
    public TextValue read(JsonIn in) {
      String text = in.string();
      return in.convert(() -> TextValue.of(text));
    }
  }

  /** {@link FractionValue}: {@code {"numerator": 12, "denominator": 40}}. */
  static final class FractionValueCodec extends Codec<FractionValue> {
    private static final Fields<Parts> FIELDS =
        Fields.<Parts>of("a fraction object")
            .required("numerator", "a number", (in, p) -> p.numerator = in.decimal())
            .required("denominator", "a number", (in, p) -> p.denominator = in.decimal())
            .build();

    FractionValueCodec(Codecs codecs) {
      super(FractionValue.class, codecs);
    }

    @Override
    public void write(FractionValue value, JsonOut out) {
      out.startObject();
      out.decimal("numerator", value.numerator());
      out.decimal("denominator", value.denominator());
      out.end();
    }

    @Override
    public FractionValue read(JsonIn in) {
      Parts parts = new Parts();
      in.object(FIELDS, parts);
      return in.build(
          () -> FractionValue.of(requireNonNull(parts.numerator), requireNonNull(parts.denominator)),
          "");
    }

    /** The two parts, as read. */
    private static final class Parts {
      @Nullable BigDecimal numerator;
      @Nullable BigDecimal denominator;
    }
  }
}
