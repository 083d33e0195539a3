package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that a reported line and column lie inside the input: the line exists, and the column is
 * at most one past the line's last character. Lines end at LF, CRLF or a lone CR, as {@link
 * RbmJsonException} documents; worked out here independently of the reader.
 */
final class InsideTheInput {
  private InsideTheInput() {}

  static void check(CharSequence input, long line, long column, String message) {
    long lineLength = -1;
    long current = 1;
    long length = 0;
    for (int i = 0; i <= input.length(); i++) {
      boolean end = i == input.length();
      char c = end ? '\n' : input.charAt(i);
      boolean breaks = c == '\n' || (c == '\r' && (i + 1 >= input.length() || input.charAt(i + 1) != '\n'));
      if (c == '\r' && !breaks) {
        length++;
        continue;
      }
      if (breaks) {
        if (current == line) {
          lineLength = length;
        }
        current++;
        length = 0;
      } else {
        length++;
      }
    }
    long found = lineLength;
    long lines = current - 1;
    assertTrue(line >= 1 && found >= 0, () -> "line " + line + " of an input of " + lines
        + " lines: " + message);
    assertTrue(column >= 1 && column <= found + 1, () -> "column " + column + " of line " + line
        + ", which has " + found + " characters: " + message);
  }
}
