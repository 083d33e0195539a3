package org.rbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void namesTheFieldTheValueAndWhatWasExpected() {
    InvalidValueException e =
        new InvalidValueException(
            "end", LocalDate.of(2007, 12, 31), "a date on or after the start 2008-01-01");
    assertEquals(
        "end: got 2007-12-31, expected a date on or after the start 2008-01-01", e.getMessage());
    assertEquals(Optional.of("end"), e.field());
  }

  @Test
  void quotesTextAndSaysNothingForAMissingValue() {
    assertEquals(
        "title: got \" \", expected a title that is not blank",
        new InvalidValueException("title", " ", "a title that is not blank").getMessage());
    assertEquals(
        "baseline.unavailableReason: got nothing, expected a reason",
        new InvalidValueException("baseline.unavailableReason", null, "a reason").getMessage());
    assertEquals(
        "levels: got [a, b], expected one level",
        new InvalidValueException("levels", List.of("a", "b"), "one level").getMessage());
  }

  @Test
  void aMessageAlreadyFormedNamesNoSingleField() {
    InvalidValueException e =
        new InvalidValueException("Cannot build Result, some of required attributes are not set");
    assertEquals(
        "Cannot build Result, some of required attributes are not set", e.getMessage());
    assertEquals(Optional.empty(), e.field());
  }

  @Test
  void belongsToTheFamily() {
    Object e = new InvalidValueException("f", 1, "2");
    assertTrue(e instanceof RbmException);
    assertEquals("f: got 1, expected 2", ((RbmException) e).getMessage());
  }

  @Test
  void showsAValueOfExactlyTwoHundredCharactersWholeAndCutsOneMore() {
    String atTheCut = "a".repeat(199) + "z";
    assertEquals(
        "title: got \"" + atTheCut + "\", expected a short title",
        new InvalidValueException("title", atTheCut, "a short title").getMessage());
    String oneOver = "a".repeat(200) + "z";
    assertEquals(
        "title: got \"" + "a".repeat(200) + "... (201 characters)\", expected a short title",
        new InvalidValueException("title", oneOver, "a short title").getMessage());
  }
}
