package org.rbm.core.strategies;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.rbm.core.InvalidValueException;

/**
 * The form of names and statements in a linkage matrix: one line of text, not blank, without
 * spaces at either end. One line, because a matrix cell holds its statements one per line; no
 * spaces at the ends, because readers of the CSV form trim what spreadsheets add there.
 */
final class SingleLine {
  static final String EXPECTED =
      "one line of text, not blank, without spaces at the start or the end";

  private SingleLine() {}

  @CanIgnoreReturnValue
  static String check(String field, String text) {
    if (text.isBlank()
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0
        || !text.strip().equals(text)) {
      throw new InvalidValueException(field, text, EXPECTED);
    }
    return text;
  }
}
