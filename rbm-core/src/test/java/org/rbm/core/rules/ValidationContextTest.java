package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.results.FrameworkId;
import org.rbm.core.results.ResultsFramework;

class ValidationContextTest {
  private static final ResultsFramework PB = Fixtures.valid();
  private static final ResultsFramework SPF = PB.withId(FrameworkId.of("SPF-2010-15"));

  @Test
  void findsEachFrameworkByItsId() {
    ValidationContext context = ValidationContext.of(List.of(PB, SPF));
    assertEquals(Optional.of(PB), context.framework(Fixtures.PB));
    assertEquals(Optional.of(SPF), context.framework(FrameworkId.of("SPF-2010-15")));
    assertEquals(Optional.empty(), context.framework(FrameworkId.of("PB-2010-11")));
  }

  @Test
  void refusesAFrameworkIdGivenTwiceNamingTheSecondPosition() {
    InvalidValueException twice =
        assertThrows(InvalidValueException.class, () -> ValidationContext.of(List.of(PB, PB)));
    assertEquals(
        "frameworks[1].id: got PB-2008-09, expected a framework id not given before",
        twice.getMessage());
    // The third framework repeats the first: position 2.
    InvalidValueException third =
        assertThrows(
            InvalidValueException.class, () -> ValidationContext.of(List.of(PB, SPF, PB)));
    assertEquals(
        "frameworks[2].id: got PB-2008-09, expected a framework id not given before",
        third.getMessage());
  }
}
