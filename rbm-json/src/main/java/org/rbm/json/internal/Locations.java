package org.rbm.json.internal;

import java.util.Arrays;

/**
 * The path of the value being read, such as {@code results[3].indicators[0].id}, kept as one
 * buffer that grows and shrinks as the reader enters and leaves values: no string is made unless an
 * error needs it. Also turns an offset in the input into a line and a column.
 *
 * <p>Lines: LF, CRLF and a lone CR each end a line, wherever they stand (JSON allows them only
 * between tokens). Lines and columns count from 1; an offset is the number of characters before
 * the position, so offset 0 is line 1, column 1, and the offset just past the last character is
 * the column just past it.
 */
final class Locations {
  private final StringBuilder path = new StringBuilder();
  /** The path's length before each value entered, innermost last: no boxed integers. */
  private int[] marks = new int[16];
  private int depth;

  private void mark() {
    if (depth == marks.length) {
      marks = Arrays.copyOf(marks, depth * 2);
    }
    marks[depth++] = path.length();
  }

  /** Enters the property {@code name} of the current object. */
  void enter(String name) {
    mark();
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(name);
  }

  /** Enters the element {@code index} of the current array. */
  void enterIndex(int index) {
    mark();
    path.append('[').append(index).append(']');
  }

  /** Enters a path relative to the current value, such as {@code results[3].parent}. */
  void enterPath(String relative) {
    mark();
    if (!relative.isEmpty()) {
      if (path.length() > 0 && relative.charAt(0) != '[') {
        path.append('.');
      }
      path.append(relative);
    }
  }

  /** Leaves what the last {@code enter} entered. */
  void leave() {
    path.setLength(marks[--depth]);
  }

  String path() {
    return path.toString();
  }

  /** The current path, without copying it. */
  CharSequence pathView() {
    return path;
  }

  /** The line of the position {@code offset} characters into {@code text} (clamped to it). */
  static long line(CharSequence text, long offset) {
    return lineAndColumn(text, offset)[0];
  }

  /** The column of the position {@code offset} characters into {@code text} (clamped to it). */
  static long column(CharSequence text, long offset) {
    return lineAndColumn(text, offset)[1];
  }

  /** The line and column of a position; linear in the offset, so used only for errors. */
  static long[] lineAndColumn(CharSequence text, long offset) {
    int end = (int) Math.max(0, Math.min(offset, text.length()));
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, end - lineStart + 1L};
  }
}
