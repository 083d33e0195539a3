package org.rbm.core.milestones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;

class DueTest {

  @Test
  void aDueYearEndsOnTheThirtyFirstOfDecember() {
    Due y2008 = Due.ofYear(2008);
    assertTrue(y2008.isYear());
    assertEquals(2008, y2008.year());
    assertEquals(Optional.empty(), y2008.date());
    assertEquals(LocalDate.of(2008, 12, 31), y2008.deadline());
  }

  @Test
  void aDueDateIsItsOwnDeadline() {
    Due june = Due.of(LocalDate.of(2008, 6, 30));
    assertFalse(june.isYear());
    assertEquals(2008, june.year());
    assertEquals(Optional.of(LocalDate.of(2008, 6, 30)), june.date());
    assertEquals(LocalDate.of(2008, 6, 30), june.deadline());
  }

  @Test
  void printsAndParsesYearsAndDates() {
    assertEquals("2007", Due.ofYear(2007).toString());
    assertEquals("2008-06-30", Due.of(LocalDate.of(2008, 6, 30)).toString());
    assertEquals(Due.ofYear(2009), Due.parse("2009"));
    assertEquals(Due.of(LocalDate.of(2008, 2, 29)), Due.parse("2008-02-29"));
  }

  @Test
  void rejectsOtherText() {
    for (String bad : new String[] {"", "08", "2008-6-30", "2007-02-29", "2008/06/30", " 2008", "x"}) {
      RbmParseException e = assertThrows(RbmParseException.class, () -> Due.parse(bad));
      assertEquals(bad, e.input());
    }
    assertEquals(
        "due: cannot parse \"08\", expected a year such as 2008 or an ISO date such as 2008-06-30",
        assertThrows(RbmParseException.class, () -> Due.parse("08")).getMessage());
  }

  @Test
  void rejectsYearsOutOfRange() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Due.ofYear(999));
    assertEquals("due: got 999, expected a year from 1000 to 9999", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Due.of(LocalDate.of(10000, 1, 1)));
    assertThrows(RbmParseException.class, () -> Due.parse("0999"));
  }

  @Test
  void takesTheFirstAndTheLastYearOfTheRange() {
    assertEquals(LocalDate.of(1000, 12, 31), Due.ofYear(1000).deadline());
    assertEquals(LocalDate.of(9999, 12, 31), Due.ofYear(9999).deadline());
    assertEquals(LocalDate.of(1000, 1, 1), Due.of(LocalDate.of(1000, 1, 1)).deadline());
    assertEquals(LocalDate.of(9999, 12, 31), Due.of(LocalDate.of(9999, 12, 31)).deadline());
    assertEquals(
        "due: got 10000, expected a year from 1000 to 9999",
        assertThrows(InvalidValueException.class, () -> Due.ofYear(10000)).getMessage());
    assertEquals(
        "due: got +10000-01-01, expected a year from 1000 to 9999",
        assertThrows(InvalidValueException.class, () -> Due.of(LocalDate.of(10000, 1, 1)))
            .getMessage());
  }

  @Test
  void laterMeansALaterDeadline() {
    Due y2007 = Due.ofYear(2007);
    Due y2008 = Due.ofYear(2008);
    Due newYearsEve2008 = Due.of(LocalDate.of(2008, 12, 31));
    Due june2008 = Due.of(LocalDate.of(2008, 6, 30));
    assertTrue(y2008.isLaterThan(y2007));
    assertTrue(june2008.isLaterThan(y2007));
    assertFalse(y2007.isLaterThan(y2008));
    assertFalse(newYearsEve2008.isLaterThan(y2008));
    assertFalse(y2008.isLaterThan(newYearsEve2008));
    assertTrue(y2008.isLaterThan(june2008));
  }

  @Test
  void isPassedTheDayAfterTheDeadline() {
    assertFalse(Due.ofYear(2007).isPassedOn(LocalDate.of(2007, 12, 31)));
    assertTrue(Due.ofYear(2007).isPassedOn(LocalDate.of(2008, 1, 1)));
  }

  @Test
  void ordersByDeadlineThenYearBeforeDate() {
    Due june2008 = Due.of(LocalDate.of(2008, 6, 30));
    Due y2008 = Due.ofYear(2008);
    Due newYearsEve2008 = Due.of(LocalDate.of(2008, 12, 31));
    Due y2007 = Due.ofYear(2007);
    List<Due> dues = new ArrayList<>(List.of(newYearsEve2008, y2008, june2008, y2007));
    Collections.sort(dues);
    assertEquals(List.of(y2007, june2008, y2008, newYearsEve2008), dues);
  }

  @Test
  void equalsByYearOrDate() {
    new EqualsTester()
        .addEqualityGroup(Due.ofYear(2008), Due.parse("2008"))
        .addEqualityGroup(Due.of(LocalDate.of(2008, 12, 31)), Due.parse("2008-12-31"))
        .addEqualityGroup(Due.ofYear(2009))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().testAllPublicStaticMethods(Due.class);
    new NullPointerTester().testAllPublicInstanceMethods(Due.ofYear(2008));
  }

  @Test
  void milestoneIdsParseTheirOwnText() {
    assertEquals(MilestoneId.of("17"), MilestoneId.parse("17"));
    assertEquals("17", MilestoneId.of("17").toString());
    assertThrows(RbmParseException.class, () -> MilestoneId.parse("milestone 17"));
    new EqualsTester()
        .addEqualityGroup(MilestoneId.of("6"), MilestoneId.parse("6"))
        .addEqualityGroup(MilestoneId.of("8"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(MilestoneId.class);
  }
}
