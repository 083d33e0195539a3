package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbm.core.period.PeriodUnit;

class ReportingFrequencyTest {

  @Test
  void hasTolaDatasFrequenciesAndTheBiennium() {
    assertEquals(
        List.of(
            ReportingFrequency.LIFE_OF_PROGRAMME,
            ReportingFrequency.MIDLINE_ENDLINE,
            ReportingFrequency.EVENT,
            ReportingFrequency.BIENNIAL,
            ReportingFrequency.ANNUAL,
            ReportingFrequency.SEMI_ANNUAL,
            ReportingFrequency.TRI_ANNUAL,
            ReportingFrequency.QUARTERLY,
            ReportingFrequency.MONTHLY),
        List.of(ReportingFrequency.values()));
    assertEquals(ReportingFrequency.BIENNIAL, ReportingFrequency.valueOf("BIENNIAL"));
  }

  @Test
  void calendarFrequenciesHaveAPeriodUnit() {
    assertEquals(Optional.of(PeriodUnit.QUARTER), ReportingFrequency.QUARTERLY.periodUnit());
    assertEquals(Optional.of(PeriodUnit.FOUR_MONTHS), ReportingFrequency.TRI_ANNUAL.periodUnit());
    assertEquals(Optional.of(PeriodUnit.HALF_YEAR), ReportingFrequency.SEMI_ANNUAL.periodUnit());
    assertEquals(Optional.of(PeriodUnit.YEAR), ReportingFrequency.ANNUAL.periodUnit());
    assertEquals(Optional.of(PeriodUnit.BIENNIUM), ReportingFrequency.BIENNIAL.periodUnit());
    assertEquals(Optional.of(PeriodUnit.MONTH), ReportingFrequency.MONTHLY.periodUnit());
    assertEquals(Optional.empty(), ReportingFrequency.EVENT.periodUnit());
    assertEquals(Optional.empty(), ReportingFrequency.LIFE_OF_PROGRAMME.periodUnit());
    assertEquals(Optional.empty(), ReportingFrequency.MIDLINE_ENDLINE.periodUnit());
  }
}
