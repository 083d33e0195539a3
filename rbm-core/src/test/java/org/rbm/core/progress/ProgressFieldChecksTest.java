package org.rbm.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;

/**
 * The checks of computed progress values, one field at a time, each refused value next to the
 * last accepted one: a blank dimension or category, a figure of 201 integer digits, a negative
 * tolerance. A figure is shown in the message as its abbreviated text, in quotes.
 */
class ProgressFieldChecksTest {
  private static final String FIGURE =
      ", expected a number below 10^200 in magnitude with at most 400 decimal places";

  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  private static ImmutableCategoryProgress.Builder female() {
    return ImmutableCategoryProgress.builder().dimension("sex").category("female");
  }

  @Test
  void aCategorysDimensionAndCategoryAreNotBlank() {
    assertEquals("dimension: got \"sex= \", expected a dimension and a category not blank",
        refusal(() -> ImmutableCategoryProgress.builder().dimension("sex").category(" ").build()));
    assertEquals("dimension: got \"=female\", expected a dimension and a category not blank",
        refusal(() -> ImmutableCategoryProgress.builder().dimension("").category("female")
            .build()));
  }

  @Test
  void aCategorysRatioAndShareStayWithinTheFiguresLimits() {
    BigDecimal largest = new BigDecimal("9E+199");
    BigDecimal tooLarge = new BigDecimal("1E+200");
    assertEquals(Optional.of(largest), female().ratio(largest).share(largest).build().ratio());
    assertEquals("ratio: got \"1E+200\"" + FIGURE, refusal(() -> female().ratio(tooLarge).build()));
    assertEquals("share: got \"1E+200\"" + FIGURE, refusal(() -> female().share(tooLarge).build()));
  }

  @Test
  void theMaintainToleranceIsAtLeastZero() {
    assertEquals(BigDecimal.ZERO,
        ProgressSettings.builder().maintainTolerance(BigDecimal.ZERO).build().maintainTolerance());
    assertEquals("maintainTolerance: got -0.01, expected a fraction at least 0",
        refusal(() -> ProgressSettings.builder().maintainTolerance(new BigDecimal("-0.01"))
            .build()));
  }
}
