package org.rbm.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class DateRangeTest {
  private static final LocalDate NEW_YEAR_2008 = LocalDate.of(2008, 1, 1);

  @Test
  void printsTheIsoIntervalForm() {
    assertEquals(
        "2008-01-01/2008-12-31",
        DateRange.of(NEW_YEAR_2008, LocalDate.of(2008, 12, 31)).toString());
    assertEquals("2009-01-01/2009-12-31", DateRange.ofYear(2009).toString());
  }

  @Test
  void rejectsAYearBeyondWhatADateCanHold() {
    assertEquals(
        "year: got 1000000000, expected a year from -999999999 to 999999999",
        assertThrows(InvalidValueException.class, () -> DateRange.ofYear(1_000_000_000))
            .getMessage());
    assertEquals(
        "year: got -1000000000, expected a year from -999999999 to 999999999",
        assertThrows(InvalidValueException.class, () -> DateRange.ofYear(-1_000_000_000))
            .getMessage());
    assertEquals(365, DateRange.ofYear(999_999_999).lengthInDays());
  }

  @Test
  void takesTheFirstAndTheLastYearADateCanHold() {
    // -999999999 and 999999999 are odd, so neither is a leap year.
    assertEquals(
        "-999999999-01-01/-999999999-12-31", DateRange.ofYear(Year.MIN_VALUE).toString());
    assertEquals("+999999999-01-01/+999999999-12-31", DateRange.ofYear(Year.MAX_VALUE).toString());
    assertEquals(365, DateRange.ofYear(Year.MIN_VALUE).lengthInDays());
  }

  @Test
  void allowsARangeOfOneDay() {
    DateRange quarterEnd = DateRange.parse("2008-03-31/2008-03-31");
    assertEquals(1, quarterEnd.lengthInDays());
    assertEquals(quarterEnd.start(), quarterEnd.end());
  }

  @Test
  void countsBothEnds() {
    assertEquals(366, DateRange.ofYear(2008).lengthInDays(), "2008 is a leap year");
    assertEquals(365, DateRange.ofYear(2009).lengthInDays());
    assertEquals(731, DateRange.parse("2008-01-01/2009-12-31").lengthInDays());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> DateRange.of(NEW_YEAR_2008, LocalDate.of(2007, 12, 31)));
    assertEquals(
        "end: got 2007-12-31, expected a date on or after the start 2008-01-01", e.getMessage());
    RbmParseException p =
        assertThrows(RbmParseException.class, () -> DateRange.parse("2008-12-31/2008-01-01"));
    assertEquals(
        "date range: cannot parse \"2008-12-31/2008-01-01\": "
            + "end: got 2008-01-01, expected a date on or after the start 2008-12-31",
        p.getMessage());
  }

  @Test
  void rejectsMalformedText() {
    for (String bad :
        new String[] {
          "", "2008-01-01/", "/2008-01-01", "2008-01-01/2008-06-30/2008-12-31",
          "2008-13-01/2008-12-31", "2008-01-01 / 2008-12-31", "2008-01-01--2008-12-31", "2008-Q",
          "2008-1", "Q1-2008"
        }) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> DateRange.parse(bad));
      assertEquals(
          "date range: cannot parse \"" + bad + "\", expected a period label: 2024, 2008-09 (years"
              + " in ILO notation), 2024-H2, 2024-Q1, 2024-M03, 2024-04/2027-03 (months), 2024-03-15"
              + " (a day) or two ISO dates as start/end",
          e.getMessage());
      assertEquals(bad, e.input());
    }
  }

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(localDates().withDays(1_000_000), integers().between(0, 5_000))
        .check(
            (start, days) -> {
              DateRange r = DateRange.of(start, start.plusDays(days));
              return DateRange.parse(r.toString()).equals(r);
            });
  }

  @Test
  void containsBothEnds() {
    DateRange year = DateRange.ofYear(2008);
    assertTrue(year.contains(NEW_YEAR_2008));
    assertTrue(year.contains(LocalDate.of(2008, 12, 31)));
    assertFalse(year.contains(LocalDate.of(2007, 12, 31)));
    assertFalse(year.contains(LocalDate.of(2009, 1, 1)));
  }

  @Test
  void enclosesRangesWithinIt() {
    DateRange biennium = DateRange.parse("2008-01-01/2009-12-31");
    assertTrue(biennium.encloses(DateRange.ofYear(2009)));
    assertTrue(biennium.encloses(biennium));
    assertFalse(biennium.encloses(DateRange.parse("2009-07-01/2010-06-30")));
    assertFalse(DateRange.ofYear(2009).encloses(biennium));
  }

  @Test
  void rangesThatOnlyTouchDoNotOverlap() {
    DateRange firstHalf = DateRange.parse("2008-01-01/2008-06-30");
    DateRange secondHalf = DateRange.parse("2008-07-01/2008-12-31");
    assertFalse(firstHalf.overlaps(secondHalf));
    assertFalse(secondHalf.overlaps(firstHalf));
    DateRange sharingADay = DateRange.parse("2008-06-30/2008-09-30");
    assertTrue(firstHalf.overlaps(sharingADay));
    assertTrue(sharingADay.overlaps(firstHalf));
    assertTrue(DateRange.ofYear(2008).overlaps(firstHalf));
  }

  @Test
  void ordersByStartThenEnd() {
    DateRange h1 = DateRange.parse("2008-01-01/2008-06-30");
    DateRange year = DateRange.ofYear(2008);
    DateRange h2 = DateRange.parse("2008-07-01/2008-12-31");
    assertTrue(h1.compareTo(year) < 0);
    assertTrue(year.compareTo(h2) < 0);
    assertEquals(0, year.compareTo(DateRange.parse("2008-01-01/2008-12-31")));
  }

  @Test
  void equalsByStartAndEnd() {
    new EqualsTester()
        .addEqualityGroup(
            DateRange.ofYear(2008),
            DateRange.of(NEW_YEAR_2008, LocalDate.of(2008, 12, 31)),
            DateRange.parse("2008-01-01/2008-12-31"))
        .addEqualityGroup(DateRange.parse("2008-01-01/2008-12-30"))
        .addEqualityGroup(DateRange.parse("2008-01-02/2008-12-31"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2024, 4))
        .setDefault(java.time.Year.class, java.time.Year.of(2024))
        .testAllPublicStaticMethods(DateRange.class);
    new NullPointerTester().testAllPublicInstanceMethods(DateRange.ofYear(2008));
  }
}
