package org.rbm.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Dates read without a formatter ({@link JsonIn#plainDate}) are exactly the dates {@link
 * LocalDate#parse} reads: the same date where both read one, and every other text left to {@code
 * LocalDate.parse} (which reads it or refuses it, with the message it always had).
 */
class PlainDateTest {

  private static @Nullable LocalDate parsed(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void readsWhatLocalDateParseReadsForEveryMonthAndDayAroundTheLimits() {
    int checked = 0;
    for (String year : List.of("0000", "0001", "1900", "2000", "2007", "2008", "2100", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
          LocalDate fast = JsonIn.plainDate(text);
          LocalDate expected = parsed(text);
          // Where the JDK reads a date, the fast path reads the same one; where it refuses, the
          // fast path leaves the text to it.
          assertEquals(expected, fast, text);
          checked++;
        }
      }
    }
    assertEquals(8 * 14 * 33, checked);
  }

  @Test
  void worksOutLeapYearsAsTheCalendarDoes() {
    assertEquals(LocalDate.of(2008, 2, 29), JsonIn.plainDate("2008-02-29"));
    assertEquals(LocalDate.of(2000, 2, 29), JsonIn.plainDate("2000-02-29"));
    // 1900 and 2100 are not leap years: no 29 February.
    assertNull(JsonIn.plainDate("1900-02-29"));
    assertNull(JsonIn.plainDate("2100-02-29"));
    assertNull(JsonIn.plainDate("2007-04-31"));
  }

  @Test
  void leavesEveryOtherFormToLocalDateParse() {
    // Signed and five-digit years, which ISO_LOCAL_DATE reads.
    assertNull(JsonIn.plainDate("+10000-01-01"));
    assertNull(JsonIn.plainDate("-0001-01-01"));
    // Not ASCII digits (fullwidth), wrong separators, short forms, time parts.
    assertNull(JsonIn.plainDate("\uFF12\uFF10\uFF10\uFF18-01-01"));
    assertNull(JsonIn.plainDate("2008/01/01"));
    assertNull(JsonIn.plainDate("2008-1-1"));
    assertNull(JsonIn.plainDate("2008-01-01T00:00"));
    assertNull(JsonIn.plainDate("20a8-01-01"));
    assertNull(JsonIn.plainDate(""));
  }
}
