package org.rbm.json.internal;

import jakarta.json.stream.JsonLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The path of the value being read, such as {@code results[3].indicators[0].id}, and where each
 * value read so far started. The model reports a broken invariant by a path from the object being
 * built ({@code results[3].parent}); keeping the location of every value lets the error point at
 * the line of that value, not at the end of the document. Memory linear in the number of values.
 */
final class Locations {
  private final StringBuilder path = new StringBuilder();
  private final Deque<Integer> marks = new ArrayDeque<>();
  private final Map<String, Long> recorded = new HashMap<>();

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

  /** Records that the current value starts at {@code location} (packed). */
  void record(long location) {
    recorded.put(path.toString(), location);
  }

  /**
   * Finds where the value at {@code relative} from the current value was read, or the nearest
   * enclosing value that was.
   */
  long find(String relative, long fallback) {
    String current = path.toString();
    String full =
        relative.isEmpty()
            ? current
            : current.isEmpty() || relative.charAt(0) == '[' ? current + relative : current + "." + relative;
    while (full.length() > current.length()) {
      Long at = recorded.get(full);
      if (at != null) {
        return at;
      }
      int cut = Math.max(full.lastIndexOf('.'), full.lastIndexOf('['));
      if (cut < 0) {
        break;
      }
      full = full.substring(0, cut);
    }
    return recorded.getOrDefault(current, fallback);
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
