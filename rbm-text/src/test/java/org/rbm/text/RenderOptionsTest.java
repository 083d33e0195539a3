package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class RenderOptionsTest {
  @Test
  void defaultsAreTwentyFourColumnsOneDecimalEnglish() {
    RenderOptions options = RenderOptions.defaults();
    assertEquals(24, options.columnWidth());
    assertEquals(1, options.percentDecimals());
    assertEquals(Locale.ENGLISH, options.locale());
  }

  @Test
  void copiesChangeOneOptionEach() {
    RenderOptions options =
        RenderOptions.defaults().withColumnWidth(10).withPercentDecimals(0).withLocale(Locale.FRENCH);
    assertEquals(10, options.columnWidth());
    assertEquals(0, options.percentDecimals());
    assertEquals(Locale.FRENCH, options.locale());
  }

  @Test
  void acceptsBothBoundsOfEachRange() {
    assertEquals(1_000, RenderOptions.defaults().withColumnWidth(1_000).columnWidth());
    assertEquals(10, RenderOptions.defaults().withPercentDecimals(10).percentDecimals());
  }

  @Test
  void rejectsColumnWidthsOutsideTenToAThousand() {
    assertEquals(
        "columnWidth: got 9, expected from 10 to 1000",
        assertThrows(
                InvalidValueException.class, () -> RenderOptions.defaults().withColumnWidth(9))
            .getMessage());
    assertEquals(
        "columnWidth: got 1001, expected from 10 to 1000",
        assertThrows(
                InvalidValueException.class, () -> RenderOptions.defaults().withColumnWidth(1001))
            .getMessage());
  }

  @Test
  void rejectsPercentDecimalsOutsideZeroToTen() {
    assertEquals(
        "percentDecimals: got -1, expected from 0 to 10",
        assertThrows(
                InvalidValueException.class, () -> RenderOptions.defaults().withPercentDecimals(-1))
            .getMessage());
    assertEquals(
        "percentDecimals: got 11, expected from 0 to 10",
        assertThrows(
                InvalidValueException.class, () -> RenderOptions.defaults().withPercentDecimals(11))
            .getMessage());
  }

  @Test
  void equalityIsByAllThreeOptions() {
    new EqualsTester()
        .addEqualityGroup(RenderOptions.defaults(), RenderOptions.defaults().withColumnWidth(24))
        .addEqualityGroup(RenderOptions.defaults().withColumnWidth(30))
        .addEqualityGroup(RenderOptions.defaults().withPercentDecimals(2))
        .addEqualityGroup(RenderOptions.defaults().withLocale(Locale.FRENCH))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicInstanceMethods(RenderOptions.defaults());
  }
}
