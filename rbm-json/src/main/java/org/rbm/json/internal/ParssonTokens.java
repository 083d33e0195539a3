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

/**
 * The JSON-P backend of {@link TokenReader}: Parsson's parser over a whole document, or the parser
 * Yasson hands a deserializer.
 *
 * <p>Reading a whole document, a position is an offset in the input, from the parser's stream
 * offset or the reader's count, turned into a line and a column only for an error, from the text
 * itself (see {@link Locations}), and never beyond the text read. Through JSON-B, where the parser
 * and its input are Yasson's, a position is the parser's line and column, packed.
 */
final class ParssonTokens implements TokenReader {
  private static final Pattern PARSSON_LOCATION = Pattern.compile(" at \\(line no=[^)]*\\)");

  private final JsonParser parser;
  private final @Nullable TrackingReader source;
  private final int parserLevels;

  /**
   * Reads through {@code parser}.
   *
   * @param source the reader the parser reads, for a whole document; null through JSON-B
   * @param parserLevels the levels of nesting the parser allows, for its message
   */
  ParssonTokens(JsonParser parser, @Nullable TrackingReader source, int parserLevels) {
    this.parser = parser;
    this.source = source;
    this.parserLevels = parserLevels;
  }

  @Override
  public @Nullable Event next() {
    return parser.hasNext() ? parser.next() : null;
  }

  @Override
  public @Nullable Event current() {
    return parser.currentEvent();
  }

  @Override
  public String string() {
    return parser.getString();
  }

  @Override
  public @Nullable CharSequence text() {
    TrackingReader s = source;
    return s == null ? null : s.text();
  }

  @Override
  public long position() {
    try {
      return position(parser.getLocation());
    } catch (RuntimeException e) {
      // A parser that cannot tell where it is still gets its error reported.
      return source != null ? 0 : TokenReader.pack(1, 1);
    }
  }

  private long position(JsonLocation location) {
    TrackingReader s = source;
    if (s != null) {
      // Never past what the parser has been given, which it sometimes reports at the end.
      return Math.max(0, Math.min(location.getStreamOffset(), s.offset()));
    }
    return TokenReader.pack(location.getLineNumber(), location.getColumnNumber());
  }

  @Override
  public long endOfInput() {
    TrackingReader s = source;
    return s != null && s.ended() ? s.offset() : position();
  }

  @Override
  public Failure failure(RuntimeException e, boolean started) {
    if (e instanceof JsonException
        && e.getCause() instanceof IOException io
        && !(io instanceof CharacterCodingException)) {
      // A failing reader is the environment's fault, not the document's.
      throw new UncheckedIOException(io);
    }
    String message = String.valueOf(e.getMessage());
    long at = position();
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
      return new Failure(
          undecodable,
          "bytes that are not valid in the input's encoding, within "
              + TrackingReader.DECODE_CHUNK
              + " characters from here",
          "well-formed text");
    }
    if (endedEarly) {
      return started
          ? new Failure(at, "the end of input", "more JSON: the input ends too early")
          : new Failure(at, "the end of input", "a JSON document");
    } else if (message.contains("Expected EOF")) {
      return new Failure(at, "content after the document", "the end of the input");
    } else if (message.contains("too deeply nested")) {
      return new Failure(
          at,
          "JSON nested too deeply",
          "at most " + parserLevels + " levels of nesting"
              + (source != null ? " (JsonLimits.maxNesting)" : " (the JSON-B parser's limit)"));
    }
    String detail = PARSSON_LOCATION.matcher(message).replaceAll("");
    return new Failure(at, "malformed JSON (" + detail + ")", "well-formed JSON");
  }

}
