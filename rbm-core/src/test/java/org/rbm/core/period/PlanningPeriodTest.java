package org.rbm.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class PlanningPeriodTest {

  @Test
  void printsTheIloNotation() {
    assertEquals("2008-09", PlanningPeriod.biennium(2008).toString());
    assertEquals("2010-15", PlanningPeriod.of(2010, 2015).toString());
    assertEquals("2007", PlanningPeriod.of(2007, 2007).toString());
    assertEquals("1999-2000", PlanningPeriod.of(1999, 2000).toString());
  }

  @Test
  void printsAsciiDigitsWhateverTheDefaultLocale() {
    // Under these four locales the JDK formats numbers with native digits (٢٠٠٨ in Arabic script).
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar-SA", "fa-IR", "hi-IN", "th-TH")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("2008-09", PlanningPeriod.of(2008, 2009).toString(), tag);
        assertEquals(PlanningPeriod.of(2008, 2009), PlanningPeriod.parse("2008-09"), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void parsesTheIloNotationAndFullYears() {
    assertEquals(PlanningPeriod.of(2008, 2009), PlanningPeriod.parse("2008-09"));
    assertEquals(PlanningPeriod.of(2010, 2015), PlanningPeriod.parse("2010-15"));
    assertEquals(PlanningPeriod.of(2010, 2015), PlanningPeriod.parse("2010-2015"));
    assertEquals(PlanningPeriod.of(1999, 2000), PlanningPeriod.parse("1999-00"));
    assertEquals(PlanningPeriod.of(2007, 2007), PlanningPeriod.parse("2007"));
  }

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(integers().between(1000, 9999), integers().between(0, 120))
        .assuming((first, length) -> first + length <= 9999)
        .check(
            (first, length) -> {
              PlanningPeriod p = PlanningPeriod.of(first, first + length);
              return PlanningPeriod.parse(p.toString()).equals(p);
            });
  }

  @Test
  void rejectsMalformedText() {
    for (String bad : new String[] {"", "2008-9", "08-09", "2008/09", "2008-09 ", "2008-2", "x"}) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> PlanningPeriod.parse(bad));
      assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
      assertEquals(bad, e.input());
    }
  }

  @Test
  void rejectsLastYearBeforeFirstYear() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(2010, 2009));
    assertEquals("lastYear: got 2009, expected a year from the first year 2010 to 9999",
        e.getMessage());
    assertThrows(RbmParseException.class, () -> PlanningPeriod.parse("2010-2009"));
  }

  @Test
  void rejectsYearsOutOfRange() {
    assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(999, 1000));
    assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(9999, 10000));
  }

  @Test
  void namesTheYearOutOfRange() {
    assertEquals(
        "firstYear: got 999, expected a year from 1000 to 9999",
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(999, 1000))
            .getMessage());
    assertEquals(
        "firstYear: got 10000, expected a year from 1000 to 9999",
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(10000, 10000))
            .getMessage());
    assertEquals(
        "lastYear: got 10000, expected a year from the first year 9999 to 9999",
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.of(9999, 10000))
            .getMessage());
    assertEquals(
        "lastYear: got 10000, expected a year from the first year 9999 to 9999",
        assertThrows(InvalidValueException.class, () -> PlanningPeriod.biennium(9999))
            .getMessage());
  }

  @Test
  void parsingALastYearBeforeTheFirstGivesTheInvariantsMessage() {
    RbmParseException e =
        assertThrows(RbmParseException.class, () -> PlanningPeriod.parse("2010-2009"));
    assertEquals(
        "planning period: cannot parse \"2010-2009\": "
            + "lastYear: got 2009, expected a year from the first year 2010 to 9999",
        e.getMessage());
  }

  @Test
  void aTwoDigitLastYearIsTheFirstAtOrAfterTheFirstYear() {
    assertEquals(PlanningPeriod.of(2099, 2100), PlanningPeriod.parse("2099-00"));
    assertEquals(PlanningPeriod.of(2008, 2008), PlanningPeriod.parse("2008-08"));
    assertEquals(PlanningPeriod.of(2008, 2107), PlanningPeriod.parse("2008-07"));
    assertEquals("2008", PlanningPeriod.parse("2008-08").toString());
  }

  @Test
  void bienniumsStartInTheirFirstYear() {
    assertEquals(PlanningPeriod.parse("2008-09"), PlanningPeriod.biennium(2008));
    assertEquals(2008, PlanningPeriod.biennium(2008).firstYear());
    assertEquals(2009, PlanningPeriod.biennium(2008).lastYear());
    assertEquals(2, PlanningPeriod.biennium(2008).lengthInYears());
  }

  @Test
  void ordersByFirstYearThenLastYear() {
    assertTrue(PlanningPeriod.parse("2008-09").compareTo(PlanningPeriod.parse("2010-11")) < 0);
    assertTrue(PlanningPeriod.parse("2010-11").compareTo(PlanningPeriod.parse("2010-15")) < 0);
    assertEquals(0, PlanningPeriod.parse("2010-15").compareTo(PlanningPeriod.of(2010, 2015)));
  }

  @Test
  void coversWholeCalendarYears() {
    PlanningPeriod spf = PlanningPeriod.parse("2010-15");
    assertEquals(6, spf.lengthInYears());
    assertFalse(spf.isBiennium());
    assertTrue(PlanningPeriod.parse("2008-09").isBiennium());
    assertEquals(
        DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)), spf.toDateRange());
    assertTrue(spf.contains(LocalDate.of(2015, 12, 31)));
    assertFalse(spf.contains(LocalDate.of(2016, 1, 1)));
  }

  @Test
  void equalsByYears() {
    new EqualsTester()
        .addEqualityGroup(PlanningPeriod.of(2008, 2009), PlanningPeriod.parse("2008-09"))
        .addEqualityGroup(PlanningPeriod.of(2008, 2010))
        .addEqualityGroup(PlanningPeriod.of(2009, 2009))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(PlanningPeriod.class);
    new NullPointerTester().testAllPublicInstanceMethods(PlanningPeriod.parse("2008-09"));
  }
}
