package org.rbm.core.indicators;

import java.util.Optional;
import org.rbm.core.period.PeriodUnit;

/**
 * How often an indicator is reported: TolaData's frequencies, plus the ILO's biennium.
 */
public enum ReportingFrequency {
  /** Once, for the life of the programme. */
  LIFE_OF_PROGRAMME,
  /** At midline and endline. */
  MIDLINE_ENDLINE,
  /** At events, not on a calendar. */
  EVENT,
  /** Every two years, like the ILO's Programme and Budget. */
  BIENNIAL,
  /** Every year. */
  ANNUAL,
  /** Twice a year. */
  SEMI_ANNUAL,
  /** Three times a year. */
  TRI_ANNUAL,
  /** Every quarter. */
  QUARTERLY,
  /** Every month. */
  MONTHLY;

  /**
   * Returns the length of the periods of this frequency, for {@link
   * org.rbm.core.period.ReportingCalendar#periods}: {@code QUARTER} for {@link #QUARTERLY}, {@code
   * FOUR_MONTHS} for {@link #TRI_ANNUAL}, and so on.
   *
   * @return the unit, or empty for the frequencies not on a calendar ({@link #LIFE_OF_PROGRAMME},
   *     {@link #MIDLINE_ENDLINE}, {@link #EVENT})
   */
  public Optional<PeriodUnit> periodUnit() {
    return switch (this) {
      case LIFE_OF_PROGRAMME, MIDLINE_ENDLINE, EVENT -> Optional.empty();
      case BIENNIAL -> Optional.of(PeriodUnit.BIENNIUM);
      case ANNUAL -> Optional.of(PeriodUnit.YEAR);
      case SEMI_ANNUAL -> Optional.of(PeriodUnit.HALF_YEAR);
      case TRI_ANNUAL -> Optional.of(PeriodUnit.FOUR_MONTHS);
      case QUARTERLY -> Optional.of(PeriodUnit.QUARTER);
      case MONTHLY -> Optional.of(PeriodUnit.MONTH);
    };
  }
}
