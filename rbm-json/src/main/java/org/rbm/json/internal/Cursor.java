package org.rbm.json.internal;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.json.RbmJsonException;

/**
 * The parser's position: its current event, the path of the current value and the line and
 * column. Every call into the parser goes through here, so that each of its exceptions (malformed
 * JSON, nesting too deep, a number it cannot hold, a failing reader) becomes an {@link
 * RbmJsonException} at the right place, or an {@link UncheckedIOException} when the input itself
 * fails.
 */
final class Cursor {
  private static final Pattern PARSSON_LOCATION = Pattern.compile(" at \\(line no=[^)]*\\)");

  private final JsonParser parser;
  private final @Nullable TrackingReader source;
  private final Locations locations = new Locations();
  private @Nullable Event event;

  Cursor(JsonParser parser, @Nullable TrackingReader source) {
    this.parser = parser;
    this.source = source;
  }

  /** Takes the event JSON-B has already read, for a deserializer. */
  void takeCurrentEvent() {
    try {
      event = parser.currentEvent();
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

  /** The text of the current string, number or property name. */
  String text() {
    return parser.getString();
  }

  Event advance() {
    try {
      if (!parser.hasNext()) {
        throw error(endOfInput(), "the end of input", "more JSON: the input ends too early");
      }
      Event next = parser.next();
      event = next;
      return next;
    } catch (RbmJsonException e) {
      throw e;
    } catch (RuntimeException e) {
      throw malformed(e);
    }
  }

  /** Checks that nothing but white space follows the document. */
  void expectEnd() {
    boolean more;
    try {
      more = parser.hasNext();
    } catch (RuntimeException e) {
      throw malformed(e);
    }
    if (more) {
      advance();
      throw error(describe() + " after the document", "the end of the input");
    }
  }

  RbmJsonException error(String found, String expected) {
    return error(location(), found, expected);
  }

  RbmJsonException error(long at, String found, String expected) {
    return new RbmJsonException(
        locations.path(), Locations.line(at), Locations.column(at), found, expected, null);
  }

  /** Describes the current value, for messages: {@code the number 5}, {@code an object}. */
  String describe() {
    return switch (event()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + JsonIn.quote(parser.getString());
      case VALUE_NUMBER -> "the number " + Messages.abbreviate(parser.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "the end of " + (event() == Event.END_ARRAY ? "an array" : "an object");
    };
  }

  long location() {
    try {
      return Locations.pack(parser.getLocation());
    } catch (RuntimeException e) {
      // A parser that cannot tell where it is still gets its error reported.
      return Locations.pack(1, 1);
    }
  }

  private long endOfInput() {
    TrackingReader s = source;
    return s != null && s.ended() ? Locations.pack(s.line(), s.column()) : location();
  }

  private RbmJsonException malformed(RuntimeException e) {
    if (e instanceof JsonException
        && e.getCause() instanceof IOException io
        && !(io instanceof CharacterCodingException)) {
      // A failing reader is the environment's fault, not the document's.
      throw new UncheckedIOException(io);
    }
    String message = String.valueOf(e.getMessage());
    long at = location();
    long offset = 0;
    if (e instanceof JsonParsingException p && p.getLocation() != null) {
      at = Locations.pack(p.getLocation());
      offset = p.getLocation().getStreamOffset();
    }
    boolean endedEarly = message.contains("token=EOF") || message.contains("char -1");
    TrackingReader s = source;
    if (s != null && s.ended() && (endedEarly || offset < 0 || offset >= s.offset())) {
      // Parsson's locations past the end of the input are unreliable.
      at = endOfInput();
    }
    RbmJsonException error;
    if (endedEarly) {
      error =
          event == null
              ? error(at, "the end of input", "a JSON document")
              : error(at, "the end of input", "more JSON: the input ends too early");
    } else if (message.contains("Expected EOF")) {
      error = error(at, "content after the document", "the end of the input");
    } else if (message.contains("too deeply nested")) {
      error = error(at, "JSON nested too deeply", "at most 1000 levels of nesting");
    } else {
      String detail = PARSSON_LOCATION.matcher(message).replaceAll("");
      error = error(at, "malformed JSON (" + detail + ")", "well-formed JSON");
    }
    error.initCause(e);
    return error;
  }
}
