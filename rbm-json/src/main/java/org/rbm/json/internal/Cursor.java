package org.rbm.json.internal;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.json.JsonLimits;
import org.rbm.json.RbmJsonException;

/**
 * The parser's position: its current event, the path of the current value and the line and
 * column. Every call into the parser goes through here, so that each of its exceptions (malformed
 * JSON, nesting too deep, a number it cannot hold, a failing reader) becomes an {@link
 * RbmJsonException} at the right place, or an {@link UncheckedIOException} when the input itself
 * fails.
 *
 * <p>Positions are {@code long}s. Reading a whole document, a position is an offset in the input,
 * from the parser's stream offset or the reader's count, turned into a line and a column only for
 * an error, from the text itself (see {@link Locations}), and never beyond the text read. Through
 * JSON-B, where the parser and its input are Yasson's, a position is the parser's line and column,
 * packed.
 */
final class Cursor {
  private static final Pattern PARSSON_LOCATION = Pattern.compile(" at \\(line no=[^)]*\\)");

  private final JsonParser parser;
  private final @Nullable TrackingReader source;
  private final JsonLimits limits;
  private final int parserLevels;
  private final Locations locations = new Locations();
  private @Nullable Event event;

  /**
   * Creates the cursor.
   *
   * @param source the reader the parser reads, for a whole document; null through JSON-B
   * @param limits the limits
   * @param parserLevels the levels of nesting the parser allows, for its message
   */
  Cursor(JsonParser parser, @Nullable TrackingReader source, JsonLimits limits, int parserLevels) {
    this.parser = parser;
    this.source = source;
    this.limits = limits;
    this.parserLevels = parserLevels;
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

  /** The text of the current string, number or property name, within the string length limit. */
  String text() {
    String text = parser.getString();
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
    long line;
    long column;
    TrackingReader s = source;
    if (s != null) {
      long[] lc = Locations.lineAndColumn(s.text(), at);
      line = lc[0];
      column = lc[1];
    } else {
      line = Math.max(at >>> 32, 1);
      column = Math.max(at & 0xFFFF_FFFFL, 1);
    }
    return new RbmJsonException(locations.path(), line, column, found, expected, null);
  }

  /** Whether positions are offsets in the text this cursor's source keeps. */
  boolean hasText() {
    return source != null;
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
      return position(parser.getLocation());
    } catch (RuntimeException e) {
      // A parser that cannot tell where it is still gets its error reported.
      return source != null ? 0 : pack(1, 1);
    }
  }

  private long position(JsonLocation location) {
    TrackingReader s = source;
    if (s != null) {
      // Never past what the parser has been given, which it sometimes reports at the end.
      return Math.max(0, Math.min(location.getStreamOffset(), s.offset()));
    }
    return pack(location.getLineNumber(), location.getColumnNumber());
  }

  private static long pack(long line, long column) {
    return (Math.max(line, 1) << 32) | Math.min(Math.max(column, 1), 0xFFFF_FFFFL);
  }

  private long endOfInput() {
    TrackingReader s = source;
    return s != null && s.ended() ? s.offset() : location();
  }

  private RbmJsonException malformed(RuntimeException e) {
    if (e instanceof RbmJsonException limit) {
      return limit;
    }
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
      at = position(p.getLocation());
      offset = p.getLocation().getStreamOffset();
    }
    boolean endedEarly = message.contains("token=EOF") || message.contains("char -1");
    TrackingReader s = source;
    if (s != null && s.ended() && (endedEarly || offset < 0 || offset >= s.offset())) {
      // Parsson's locations past the end of the input are unreliable.
      at = endOfInput();
    }
    Long undecodable = s == null ? null : s.failedAt();
    if (undecodable != null) {
      RbmJsonException error =
          error(
              undecodable,
              "bytes that are not valid in the input's encoding, within "
                  + TrackingReader.DECODE_CHUNK
                  + " characters from here",
              "well-formed text");
      error.initCause(e);
      return error;
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
      error =
          error(
              at,
              "JSON nested too deeply",
              "at most " + parserLevels + " levels of nesting"
                  + (source != null ? " (JsonLimits.maxNesting)" : " (the JSON-B parser's limit)"));
    } else {
      String detail = PARSSON_LOCATION.matcher(message).replaceAll("");
      error = error(at, "malformed JSON (" + detail + ")", "well-formed JSON");
    }
    error.initCause(e);
    return error;
  }
}
