package org.rbm.core.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
