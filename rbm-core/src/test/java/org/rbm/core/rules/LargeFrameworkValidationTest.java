package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;

class LargeFrameworkValidationTest {
  @Test
  void findsEveryMissingBaselineInAFrameworkOfTenThousandIndicators() {
    ResultsFramework large = LargeFrameworks.withIndicators(10_000);
    assertEquals(10_000, large.indicators().size());
    ValidationReport report = StandardRules.validator().validate(large);
    assertEquals(ImmutableMap.of(StandardRules.BASELINE_STATED, 1_000), report.countsByRule());
    assertEquals("/results/SO0/OC0.0/IO0.0.0/indicators/IND-0",
        report.findings().get(0).location().toString());
  }
}
