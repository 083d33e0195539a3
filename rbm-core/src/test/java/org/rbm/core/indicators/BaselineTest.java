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
  void requiresAValueOrAReason() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Baseline.builder().build());
    assertEquals(
        "baseline.unavailableReason: got nothing, expected a reason when no value is given",
        e.getMessage());
    assertThrows(
        InvalidValueException.class, () -> Baseline.builder().date(END_2007).build());
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
