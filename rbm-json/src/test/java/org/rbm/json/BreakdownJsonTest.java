package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Indicator;
import org.rbm.core.progress.PeriodProgress;
import org.rbm.core.progress.ProgressCalculator;
import org.rbm.core.progress.ProgressSettings;

/** Declared categories, additivity and derived totals in JSON (issue 10, point 1). */
class BreakdownJsonTest {
  private final RbmJson json = RbmJson.strict();

  private static final String TRAINED =
      "{\"id\":\"IND-3\",\"title\":\"People trained in occupational safety\",\"measure\":\"COUNT\","
          + "\"unit\":\"people\",\"cumulative\":false,\"disaggregationDimensions\":[\"sex\"],"
          + "\"dimensionCategories\":{\"sex\":[\"female\",\"male\"]},"
          + "\"periods\":[{\"period\":{\"start\":\"2009-01-01\",\"end\":\"2009-12-31\"},"
          + "\"targets\":[{\"value\":100}],"
          + "\"actuals\":[{\"value\":60,\"disaggregation\":{\"sex\":\"female\"}},"
          + "{\"value\":45,\"disaggregation\":{\"sex\":\"male\"}}]}]}";

  @Test
  void categoriesAreAnObjectOfArraysAndAdditiveIsWrittenOnlyAgainstTheDefault() {
    Indicator trained = Examples.trainedBySexIndicator();
    assertEquals(TRAINED, json.write(trained));
    assertEquals(trained, json.read(TRAINED, Indicator.class));
    Indicator notAdditive = Indicator.builder().from(trained).additive(false).build();
    String written = json.write(notAdditive);
    assertEquals(
        TRAINED.replace(
            "\"male\"]},\"periods\"", "\"male\"]},\"additive\":false,\"periods\""),
        written);
    assertEquals(notAdditive, json.read(written, Indicator.class));
  }

  @Test
  void aDerivedActualIsFlagged() {
    PeriodProgress p =
        ProgressCalculator.of(ProgressSettings.defaults())
            .indicator(Examples.trainedBySexIndicator(), LocalDate.of(2010, 1, 1))
            .periods()
            .get(0);
    String written = json.write(p);
    // 60 + 45 = 105 against 100: a ratio and score of 1.05, achieved.
    assertEquals(
        "{\"period\":{\"start\":\"2009-01-01\",\"end\":\"2009-12-31\"},\"timing\":\"COMPLETED\","
            + "\"target\":100,\"actual\":105,\"actualDerived\":true,\"ratio\":1.05,"
            + "\"score\":1.05,\"status\":\"ACHIEVED\","
            // No target by sex: each category's share of 105, 60/105 = 4/7 and 45/105 = 3/7, in
            // 34 significant digits.
            + "\"breakdown\":[{\"dimension\":\"sex\",\"category\":\"female\",\"actual\":60,"
            + "\"share\":0.5714285714285714285714285714285714},"
            + "{\"dimension\":\"sex\",\"category\":\"male\",\"actual\":45,"
            + "\"share\":0.4285714285714285714285714285714286}]}",
        written);
    assertEquals(p, json.read(written, PeriodProgress.class));
  }

  @Test
  void rejectsAnUndeclaredCategoryAtItsPath() {
    RbmJsonException e =
        assertThrows(
            RbmJsonException.class,
            () -> json.read(TRAINED.replace("\"male\"}", "\"other\"}"), Indicator.class));
    // The model's check runs when the indicator is built, at its closing brace.
    String expected =
        "periods[0].actuals[1].disaggregation: got \"sex=other\", expected only the declared"
            + " categories of sex [female, male] (line 1, column ";
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }
}
