package org.rbm.core.period;

/**
 * The length of the periods a {@link ReportingCalendar} divides time into, in whole months, such as
 * {@link #QUARTER} for quarterly reporting. Periods of every unit are aligned to the start of the
 * calendar's fiscal year; biennia start in even-numbered fiscal years, as the ILO's do ({@code
 * 2008-09}, {@code 2010-11}).
 */
public enum PeriodUnit {
  /** One month: {@code 2024-M03}. */
  MONTH(1),
  /** Three months: {@code 2024-Q1}, or {@code FY2024/25-Q3} in a fiscal calendar. */
  QUARTER(3),
  /** Four months, for tri-annual reporting: {@code 2024-01/2024-04}. */
  FOUR_MONTHS(4),
  /** Six months: {@code 2024-H2}, or {@code FY2024/25-H1} in a fiscal calendar. */
  HALF_YEAR(6),
  /** A (fiscal) year: {@code 2024}, or {@code FY2024/25} in a fiscal calendar. */
  YEAR(12),
  /** Two (fiscal) years: {@code 2008-09}. */
  BIENNIUM(24);

  private final int months;

  PeriodUnit(int months) {
    this.months = months;
  }

  /**
   * Returns the number of months in one period.
   *
   * @return 1, 3, 4, 6, 12 or 24
   */
  public int months() {
    return months;
  }
}
