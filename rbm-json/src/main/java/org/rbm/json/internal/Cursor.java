package org.rbm.json.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import jakarta.json.stream.JsonParser.Event;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.rbm.json.JsonLimits;
import org.rbm.json.RbmJsonException;

/**
 * The reader's position: its current token, the path of the current value and the line and
 * column. Every call into the backend ({@link TokenReader}) goes through here, so that each of its
 * exceptions (malformed JSON, nesting too deep, a number it cannot hold, a failing input) becomes an
 * {@link RbmJsonException} at the right place, or an {@link UncheckedIOException} when the input
 * itself fails.
 */
final class Cursor {
  private final TokenReader tokens;
  private final JsonLimits limits;
  private final Locations locations = new Locations();
  private @Nullable Event event;

  /**
   * Creates the cursor.
   *
   * @param tokens the backend
   * @param limits the limits
   */
  Cursor(TokenReader tokens, JsonLimits limits) {
    this.tokens = tokens;
    this.limits = limits;
  }

  /** Takes the token a framework (JSON-B, Jackson databind) has already read, for a codec. */
  void takeCurrentEvent() {
    try {
      event = tokens.current();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  Locations locations() {
    return locations;
  }

  Event event() {
    Event e = event;
    if (e == null) {
      throw error("nothing", "a JSON value");
    }
    return e;
  }

  /** The text of the current string, number or property name, within the string length limit. */
  String text() {
    String text = raw();
    int max = limits.maxStringLength();
    if (text.length() > max) {
      throw error(
          "a string of " + text.length() + " characters",
          "at most " + max + " characters (JsonLimits.maxStringLength)");
    }
    return text;
  }

  JsonLimits limits() {
    return limits;
  }

  @CanIgnoreReturnValue // the event is also kept as the current one
  Event advance() {
    Event next;
    try {
      next = tokens.next();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    if (next == null) {
      throw error(tokens.endOfInput(), "the end of input", "more JSON: the input ends too early");
    }
    event = next;
    return next;
  }

  /** Checks that nothing but white space follows the document. */
  void expectEnd() {
    Event next;
    try {
      next = tokens.next();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    if (next != null) {
      // JSON-P refuses the token itself, at its last character; a backend that reads it on is
      // told so here, at the same place.
      event = next;
      throw error(location() - 1, "content after the document", "the end of the input");
    }
  }

  RbmJsonException error(String found, String expected) {
    return error(location(), found, expected);
  }

  RbmJsonException error(long at, String found, String expected) {
    long[] lc = tokens.lineAndColumn(at);
    return new RbmJsonException(locations.path(), lc[0], lc[1], found, expected, null);
  }

  /** The whole text, if the backend has it: then positions are offsets in it. */
  @Nullable CharSequence document() {
    return tokens.text();
  }

  /** Describes the current value, for messages: {@code the number 5}, {@code an object}. */
  String describe() {
    return switch (event()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + JsonIn.quote(raw());
      case VALUE_NUMBER -> "the number " + Messages.abbreviate(raw());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "the end of " + (event() == Event.END_ARRAY ? "an array" : "an object");
    };
  }

  /** The current token's text; a backend that decodes it only now may find it malformed. */
  private String raw() {
    try {
      return tokens.string();
    } catch (RbmJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  long location() {
    return tokens.position();
  }

  private RbmJsonException malformed(RuntimeException e) {
    if (e instanceof RbmJsonException limit) {
      return limit;
    }
    TokenReader.Failure failure = tokens.failure(e, event != null);
    RbmJsonException error = error(failure.at(), failure.found(), failure.expected());
    error.initCause(e);
    return error;
  }
}
