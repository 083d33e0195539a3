package org.rbm.json.internal;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import org.rbm.json.JsonLimits;

/**
 * Finds where the value at a path starts, by reading the document again. The model reports a broken
 * invariant by a path from the object being built ({@code results[3].parent}), after the value was
 * read; reading again on that rare error costs nothing on the way to a valid document, where
 * keeping the location of every value would cost a map entry per value.
 */
final class PathLocator {
  private PathLocator() {}

  /**
   * Returns the offset just past the first token of the value at {@code target}, or of the deepest
   * value on the way to it that exists.
   */
  static OptionalLong locate(CharSequence document, String target, JsonLimits limits) {
    Locations path = new Locations();
    // Per open container: the next index for an array, -1 for an object.
    Deque<Integer> containers = new ArrayDeque<>();
    String key = "";
    long best = -1;
    int bestLength = -1;
    Map<String, Object> config = Map.of("org.eclipse.parsson.maxDepth", limits.maxNesting() + 1);
    try (JsonParser parser =
        Json.createParserFactory(config).createParser(new StringReader(document.toString()))) {
      while (parser.hasNext()) {
        Event event = parser.next();
        if (event == Event.KEY_NAME) {
          key = parser.getString();
          continue;
        }
        if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
          containers.pop();
          if (!containers.isEmpty()) {
            path.leave();
          }
          continue;
        }
        boolean entered = !containers.isEmpty();
        if (entered) {
          int index = containers.pop();
          if (index < 0) {
            containers.push(index);
            path.enter(key);
          } else {
            containers.push(index + 1);
            path.enterIndex(index);
          }
        }
        CharSequence at = path.pathView();
        if (onRoute(at, target) && at.length() > bestLength) {
          best = parser.getLocation().getStreamOffset();
          bestLength = at.length();
          if (at.length() == target.length()) {
            return OptionalLong.of(best);
          }
        }
        if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
          containers.push(event == Event.START_OBJECT ? -1 : 0);
        } else if (entered) {
          path.leave();
        }
      }
    } catch (RuntimeException e) {
      // The document was read once already; a fault past the value sought only ends the search.
    }
    return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
  }

  /** Whether {@code path} is {@code target} or a value on the way to it. */
  private static boolean onRoute(CharSequence path, String target) {
    int n = path.length();
    if (n > target.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (path.charAt(i) != target.charAt(i)) {
        return false;
      }
    }
    return n == 0 || n == target.length() || target.charAt(n) == '.' || target.charAt(n) == '[';
  }
}
