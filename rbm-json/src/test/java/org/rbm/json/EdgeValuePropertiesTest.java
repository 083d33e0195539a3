package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rbm.core.indicators.Disaggregation;
import org.rbm.core.indicators.TextValue;
import org.rbm.core.indicators.Value;
import org.rbm.core.results.ExternalReference;

/**
 * Round trips at the edges the testkit's realistic defaults do not aim for: any text (quotes,
 * back-slashes, control characters, any code point) and any decimal the model accepts (19 digits,
 * 20 decimal places, exponents).
 */
class EdgeValuePropertiesTest {
  private static final RbmJson JSON = RbmJson.strict();

  private static final Gen<String> ANY_TEXT = strings().allPossible().ofLengthBetween(1, 30);

  private static final Gen<BigDecimal> DECIMALS =
      decimals(longs().all());

  private static Gen<BigDecimal> decimals(Gen<Long> unscaled) {
    return unscaled.zip(integers().between(-10, 20), BigDecimal::valueOf);
  }

  @Test
  void anyDecimalTheModelAcceptsIsReadBackExactly() {
    qt().forAll(DECIMALS)
        .checkAssert(
            amount -> {
              Value value = Value.of(amount);
              assertEquals(value, JSON.read(JSON.write(value), Value.class));
            });
  }

  @Test
  void anyFractionIsReadBackExactly() {
    qt().forAll(
            decimals(longs().between(0, Long.MAX_VALUE)),
            decimals(longs().between(1, Long.MAX_VALUE)))
        .checkAssert(
            (n, d) -> {
              Value value = Value.fraction(n, d);
              assertEquals(value, JSON.read(JSON.write(value), Value.class));
            });
  }

  @Test
  void anyTextIsReadBackUnchanged() {
    qt().forAll(ANY_TEXT)
        .assuming(text -> !text.isBlank())
        .checkAssert(
            text -> {
              TextValue value = TextValue.of(text);
              assertEquals(value, JSON.read(JSON.write(value), Value.class));
              ExternalReference reference = ExternalReference.of("V", text);
              assertEquals(reference, JSON.read(JSON.write(reference), ExternalReference.class));
            });
  }

  @Test
  void anyBreakdownIsReadBackUnchanged() {
    Gen<String> names = ANY_TEXT.map(s -> "d" + s.replace('=', '_').replace(';', '_').strip() + "x");
    qt().forAll(names, names)
        .checkAssert(
            (dimension, category) -> {
              Disaggregation breakdown = Disaggregation.of(dimension, category);
              assertEquals(breakdown, JSON.read(JSON.write(breakdown), Disaggregation.class));
            });
  }
}
