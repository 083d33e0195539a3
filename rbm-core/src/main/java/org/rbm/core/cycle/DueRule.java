package org.rbm.core.cycle;

import java.time.Month;
import java.time.YearMonth;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.immutables.value.Value.Parameter;
import org.rbm.core.InvalidValueException;

/**
 * When a document falls due, relative to a year of the period it covers: a number of years before
 * or after, and a month (the month of the Governing Body's session). {@code DueRule.of(-2,
 * Month.NOVEMBER)} relative to 2010 is November 2008.
 *
 * <p>Invariant checked when built: the offset is from {@value #MAX_OFFSET} years before to {@value
 * #MAX_OFFSET} years after. Immutable and thread-safe.
 */
@Immutable(builder = false)
public abstract class DueRule implements WithDueRule {
  /** The largest offset, in years, either way. */
  public static final int MAX_OFFSET = 10;

  DueRule() {}

  /**
   * Returns the number of years from the anchor year: negative before it.
   *
   * @return the offset, such as -2
   */
  @Parameter
  public abstract int yearOffset();

  /**
   * Returns the month the document is due in.
   *
   * @return the month, such as November
   */
  @Parameter
  public abstract Month month();

  @Check
  final void check() {
    if (Math.abs(yearOffset()) > MAX_OFFSET) {
      throw new InvalidValueException(
          "yearOffset", yearOffset(), "from -" + MAX_OFFSET + " to " + MAX_OFFSET + " years");
    }
  }

  /**
   * Returns a rule.
   *
   * @param yearOffset years from the anchor year, negative before it
   * @param month the month
   * @return the rule
   * @throws InvalidValueException if the offset is beyond {@value #MAX_OFFSET} years either way
   */
  public static DueRule of(int yearOffset, Month month) {
    return ImmutableDueRule.of(yearOffset, month);
  }

  /**
   * Returns the month a document is due for an anchor year.
   *
   * @param anchorYear the year the rule counts from
   * @return the due month, such as 2008-11 for {@code of(-2, NOVEMBER)} and 2010
   */
  public final YearMonth dueFor(int anchorYear) {
    return YearMonth.of(anchorYear + yearOffset(), month());
  }

  /** Returns the rule as {@code NOVEMBER of year -2}. */
  @Override
  public final String toString() {
    return month() + " of year " + (yearOffset() >= 0 ? "+" : "") + yearOffset();
  }
}
