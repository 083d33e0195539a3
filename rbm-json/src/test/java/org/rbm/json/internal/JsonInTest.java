package org.rbm.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbm.json.RbmJsonException;

/**
 * What a codec added by a later package can rely on: a new codec registered in a registry reads
 * strictly, and whole numbers are never truncated.
 */
class JsonInTest {
  /** A codec of the kind CONTRIBUTING.md describes, for a type rbm-core does not have. */
  static final class YearCodec extends Codec<Year> {
    YearCodec(Codecs codecs) {
      super(Year.class, codecs);
    }

    @Override
    public void write(Year value, JsonOut out) {
      out.decimal(java.math.BigDecimal.valueOf(value.getValue()));
    }

    @Override
    public Year read(JsonIn in) {
      return Year.of(in.integer(1000, 9999));
    }
  }

  private final Codecs codecs = new Codecs(List.of(YearCodec::new), false);

  private Year read(String json) {
    return codecs.readDocument(new StringReader(json), Year.class);
  }

  @Test
  void readsAWholeNumber() {
    assertEquals(Year.of(1990), read("1990"));
    assertEquals(Year.of(2008), read(" 2008.0 "));
    assertEquals(Year.of(2000), read("2e3"));
  }

  @Test
  void rejectsAFractionInsteadOfTruncatingIt() {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> read("1990.5"));
    assertEquals("the number 1990.5", e.found());
    assertEquals("a whole number from 1000 to 9999", e.expected());
    assertEquals(1, e.line());
    assertEquals(7, e.column());
  }

  @Test
  void rejectsANumberOutOfRangeWithoutExpandingIt() {
    RbmJsonException e = assertThrows(RbmJsonException.class, () -> read("1e999999999"));
    assertEquals("the number 1e999999999", e.found());
    assertEquals("a number whose exponent is within ±1000 (JsonLimits.maxExponent)", e.expected());
    assertThrows(RbmJsonException.class, () -> read("999"));
    assertThrows(RbmJsonException.class, () -> read("-1e-999999999"));
  }

  @Test
  void writesWithTheRegisteredCodec() {
    java.io.StringWriter out = new java.io.StringWriter();
    codecs.writeDocument(Year.of(2008), Json.createGeneratorFactory(Map.of()), out);
    assertEquals("2008", out.toString());
  }
}
