package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

class BaselineTest {
  private static final LocalDate END_2007 = LocalDate.of(2007, 12, 31);

  @Test
  void aMeasuredBaselineHasAValueAndOptionallyADateAndAComment() {
    Baseline dwcps = Baseline.of(Value.of(30), END_2007);
    assertTrue(dwcps.isAvailable());
    assertEquals(Optional.of(Value.of(30)), dwcps.value());
    assertEquals(Optional.of(END_2007), dwcps.date());
    assertEquals(Optional.empty(), dwcps.comment());
    assertEquals(Optional.empty(), dwcps.unavailableReason());
    assertEquals(Optional.empty(), Baseline.of(Value.of(30)).date());
    assertEquals(
        Optional.of("DWCPs finalized"), dwcps.withComment("DWCPs finalized").comment());
  }

  @Test
  void anUnavailableBaselineGivesTheReason() {
    Baseline none = Baseline.notAvailable("No survey before 2009");
    assertFalse(none.isAvailable());
    assertEquals(Optional.empty(), none.value());
    assertEquals(Optional.of("No survey before 2009"), none.unavailableReason());
  }

  @Test
  void mayHaveNeitherValueNorReasonAsIatiAllows() {
    Baseline stated = Baseline.builder().year(2012).comment("Women's groups meet monthly").build();
    assertEquals(Optional.empty(), stated.value());
    assertEquals(Optional.empty(), stated.unavailableReason());
    assertEquals(Optional.of(2012), stated.year());
    assertEquals(false, stated.isAvailable());
    assertEquals(Optional.empty(), Baseline.builder().build().year());
  }

  @Test
  void takesItsYearFromItsDate() {
    assertEquals(Optional.of(2007), Baseline.of(Value.of(30), END_2007).year());
    assertEquals(Baseline.of(Value.of(30), END_2007),
        Baseline.builder().value(Value.of(30)).date(END_2007).year(2007).build());
    assertEquals(Optional.of(2007), Baseline.of(Value.of(30)).withDate(END_2007).year());
  }

  @Test
  void rejectsAYearOutside1To9999OrOtherThanTheDates() {
    for (int year : new int[] {-1, 0, 10_000}) {
      assertEquals("baseline.year: got " + year + ", expected a year from 1 to 9999",
          assertThrows(InvalidValueException.class,
              () -> Baseline.builder().value(Value.of(30)).year(year).build()).getMessage());
    }
    assertEquals(Optional.of(1), Baseline.builder().year(1).build().year());
    assertEquals(Optional.of(9999), Baseline.builder().year(9999).build().year());
    assertEquals("baseline.year: got 2008, expected the year of the date 2007-12-31 (2007)",
        assertThrows(InvalidValueException.class,
            () -> Baseline.builder().date(END_2007).year(2008).build()).getMessage());
  }

  @Test
  void appliesToABreakdownAndPlaces() {
    Baseline kandahar = Baseline.builder().value(Value.of(12)).year(2012)
        .addLocations("AF-KAN", "KH-PNH").disaggregation(Disaggregation.of("sex", "female"))
        .build();
    assertEquals(java.util.List.of("AF-KAN", "KH-PNH"), kandahar.locations().asList());
    assertEquals(Disaggregation.of("sex", "female"), kandahar.disaggregation());
    assertEquals(Disaggregation.TOTAL, Baseline.of(Value.of(12)).disaggregation());
    assertEquals("baseline.locations: got \" \", expected a location that is not blank",
        assertThrows(InvalidValueException.class,
            () -> Baseline.of(Value.of(12)).withLocations(" ")).getMessage());
  }

  @Test
  void rejectsAReasonBesideAValue() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Baseline.builder().value(Value.of(30)).unavailableReason("Not measured").build());
    assertEquals(
        "baseline.unavailableReason: got \"Not measured\", expected no reason when a value is given",
        e.getMessage());
    assertThrows(
        InvalidValueException.class,
        () -> Baseline.of(Value.of(30)).withUnavailableReason("Not measured"));
  }

  @Test
  void rejectsABlankReason() {
    for (String blank : new String[] {"", "  "}) {
      assertEquals(
          "baseline.unavailableReason: got \"" + blank + "\", expected a reason that is not blank",
          assertThrows(InvalidValueException.class, () -> Baseline.notAvailable(blank))
              .getMessage());
    }
  }

  @Test
  void equalsByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            Baseline.of(Value.of(30), END_2007),
            Baseline.builder().value(Value.of(30)).date(END_2007).build())
        .addEqualityGroup(Baseline.of(Value.of(30)))
        .addEqualityGroup(Baseline.of(Value.of(31), END_2007))
        .addEqualityGroup(Baseline.of(Value.of(30), END_2007).withComment("Estimate"))
        .addEqualityGroup(Baseline.notAvailable("No survey"), Baseline.notAvailable("No survey"))
        .addEqualityGroup(Baseline.notAvailable("Not collected"))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    // Value is sealed: the tester cannot make a proxy of it.
    NullPointerTester tester = new NullPointerTester().setDefault(Value.class, Value.of(1));
    tester.testAllPublicStaticMethods(Baseline.class);
    tester.testAllPublicInstanceMethods(Baseline.of(Value.of(30), END_2007));
    tester.testAllPublicInstanceMethods(Baseline.builder());
  }
}
