package org.rbm.json.internal;

import jakarta.json.stream.JsonLocation;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path of the value being read, such as {@code results[3].indicators[0].id}, kept as one
 * buffer that grows and shrinks as the reader enters and leaves values: no string is made unless an
 * error needs it. Also packs line and column into one {@code long}.
 */
final class Locations {
  private final StringBuilder path = new StringBuilder();
  private final Deque<Integer> marks = new ArrayDeque<>();

  /** Enters the property {@code name} of the current object. */
  void enter(String name) {
    marks.push(path.length());
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(name);
  }

  /** Enters the element {@code index} of the current array. */
  void enterIndex(int index) {
    marks.push(path.length());
    path.append('[').append(index).append(']');
  }

  /** Enters a path relative to the current value, such as {@code results[3].parent}. */
  void enterPath(String relative) {
    marks.push(path.length());
    if (!relative.isEmpty()) {
      if (path.length() > 0 && relative.charAt(0) != '[') {
        path.append('.');
      }
      path.append(relative);
    }
  }

  /** Leaves what the last {@code enter} entered. */
  void leave() {
    path.setLength(marks.pop());
  }

  String path() {
    return path.toString();
  }

  /** The current path, without copying it. */
  CharSequence pathView() {
    return path;
  }

  static long pack(JsonLocation location) {
    return pack(location.getLineNumber(), location.getColumnNumber());
  }

  /** Packs a line and a column into one long; both are at least 1. */
  static long pack(long line, long column) {
    return (Math.max(line, 1) << 32) | Math.min(Math.max(column, 1), 0xFFFF_FFFFL);
  }

  static long line(long packed) {
    return packed >>> 32;
  }

  static long column(long packed) {
    return packed & 0xFFFF_FFFFL;
  }
}
