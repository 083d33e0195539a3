package org.rbm.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.rbm.json.JsonLimits;
import org.rbm.json.internal.TokenReader;

/**
 * The Jackson backend of the codecs' reader: Jackson's streaming parser, as databind hands it to a
 * deserializer.
 *
 * <p>When the parser keeps its source text (a {@code String}, with {@code
 * StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}, as {@link RbmJackson#objectMapper()} sets),
 * positions are offsets in it, as for {@code RbmJson}, and a broken invariant is located at the
 * value it names; otherwise they are Jackson's lines and columns, and a broken invariant is placed
 * just past the object that breaks it. The limits of {@link JsonLimits} that the parser does not
 * enforce itself (the document's length and nesting) are checked here, at every token.
 */
final class JacksonTokens implements TokenReader {
  private final JsonParser parser;
  private final JsonLimits limits;
  private final @Nullable String text;
  /** Whether the text is known to be within the length limit, so no token can pass it. */
  private final boolean withinLength;
  private @Nullable Malformed pending;
  private @Nullable JsonToken last;

  JacksonTokens(JsonParser parser, JsonLimits limits) {
    this.parser = parser;
    this.limits = limits;
    Object raw = parser.currentLocation().contentReference().getRawContent();
    this.text = raw instanceof String s && !s.startsWith("\uFEFF") ? s : null;
    this.withinLength =
        raw instanceof String s && s.length() <= limits.maxDocumentLength();
  }

  @Override
  public @Nullable Event next() {
    Malformed failed = pending;
    if (failed != null) {
      throw failed;
    }
    JsonToken token;
    try {
      token = parser.nextToken();
      if (token == JsonToken.VALUE_STRING) {
        // Jackson decodes a string only when asked; JSON-P refuses a broken one before giving it.
        parser.getTextCharacters();
      }
    } catch (JsonProcessingException e) {
      if (parser.currentToken() == JsonToken.FIELD_NAME && last != JsonToken.FIELD_NAME) {
        // Jackson reads past a name's colon at once; JSON-P gives the name, then the error.
        pending = new Malformed(e);
        last = JsonToken.FIELD_NAME;
        return Event.KEY_NAME;
      }
      throw new Malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    last = token;
    if (token == null) {
      return null;
    }
    if (token.isStructStart() && parser.getParsingContext().getNestingDepth() > limits.maxNesting()) {
      throw new Malformed(
          new StreamConstraintsException("nesting depth", parser.currentLocation()),
          new Failure(
              position(),
              "JSON nested too deeply",
              "at most " + limits.maxNesting() + " levels of nesting (JsonLimits.maxNesting)"));
    }
    // Where the whole text is known and short enough, no token can pass the limit: the parser's
    // location (a new object per call) is then asked for only on an error.
    if (!withinLength && parser.currentLocation().getCharOffset() > limits.maxDocumentLength()) {
      throw new Malformed(
          new StreamConstraintsException("document length", parser.currentLocation()),
          new Failure(
              position(),
              "a document of more than " + limits.maxDocumentLength() + " characters",
              "at most " + limits.maxDocumentLength()
                  + " characters (JsonLimits.maxDocumentLength)"));
    }
    return event(token);
  }

  @Override
  public @Nullable Event current() {
    JsonToken token = parser.currentToken();
    return token == null ? null : event(token);
  }

  private Event event(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> Event.START_OBJECT;
      case END_OBJECT -> Event.END_OBJECT;
      case START_ARRAY -> Event.START_ARRAY;
      case END_ARRAY -> Event.END_ARRAY;
      case FIELD_NAME -> Event.KEY_NAME;
      case VALUE_STRING -> Event.VALUE_STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Event.VALUE_NUMBER;
      case VALUE_TRUE -> Event.VALUE_TRUE;
      case VALUE_FALSE -> Event.VALUE_FALSE;
      case VALUE_NULL -> Event.VALUE_NULL;
      // Embedded objects and the like come only from token buffers of other sources.
      default -> throw new Malformed(
          new JsonProcessingException("a " + token + " token", parser.currentLocation()) {
            private static final long serialVersionUID = 1L;
          });
    };
  }

  @Override
  public String string() {
    try {
      String s = parser.getText();
      return s == null ? "" : s;
    } catch (JsonProcessingException e) {
      throw new Malformed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Just past the current token, as JSON-P reports it. Jackson's own current location may lie
   * further (past the colon after a name) or nearer (a string is decoded only when asked for), so
   * the end is worked out from where the token starts: in the text if there is one, otherwise from
   * the token's length.
   */
  @Override
  public long position() {
    JsonToken token = parser.currentToken();
    JsonLocation start = parser.currentTokenLocation();
    if (token == null || start == null) {
      return position(parser.currentLocation());
    }
    String t = text;
    if (t != null && start.getCharOffset() >= 0 && start.getCharOffset() < t.length()) {
      int from = (int) start.getCharOffset();
      return switch (token) {
        case FIELD_NAME, VALUE_STRING -> endOfString(t, from);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> endOfNumber(t, from);
        case VALUE_TRUE, VALUE_NULL -> Math.min(from + 4, t.length());
        case VALUE_FALSE -> Math.min(from + 5, t.length());
        default -> from + 1;
      };
    }
    long length =
        switch (token) {
          case FIELD_NAME, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> textLength(token);
          case VALUE_TRUE, VALUE_NULL -> 4;
          case VALUE_FALSE -> 5;
          default -> 1;
        };
    return TokenReader.pack(start.getLineNr(), start.getColumnNr() + length);
  }

  private long textLength(JsonToken token) {
    try {
      int n = parser.getTextLength();
      return token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING ? n + 2 : n;
    } catch (IOException e) {
      return 1;
    }
  }

  /** Past the closing quote of the string whose opening quote is at {@code from}. */
  private static long endOfString(String t, int from) {
    for (int i = from + 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1L;
      }
    }
    return t.length();
  }

  /** Past the number that starts at {@code from}. */
  private static long endOfNumber(String t, int from) {
    // By JSON's grammar (-, digits, . digits, e/E, sign, digits), so that what follows a number
    // ("4e47920.76": the ".76") is not taken as part of it, as JSON-P does not.
    int i = from;
    if (i < t.length() && t.charAt(i) == '-') {
      i++;
    }
    i = pastDigits(t, i);
    if (i < t.length() && t.charAt(i) == '.') {
      i = pastDigits(t, i + 1);
    }
    if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      i = pastDigits(t, i);
    }
    return i;
  }

  private static int pastDigits(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private long position(@Nullable JsonLocation location) {
    if (location == null) {
      return text != null ? 0 : TokenReader.pack(1, 1);
    }
    String t = text;
    if (t != null) {
      long offset = location.getCharOffset();
      return Math.max(0, Math.min(offset < 0 ? t.length() : offset, t.length()));
    }
    return TokenReader.pack(location.getLineNr(), location.getColumnNr());
  }

  @Override
  public long endOfInput() {
    String t = text;
    return t != null ? t.length() : position();
  }

  @Override
  public @Nullable CharSequence text() {
    return text;
  }

  @Override
  public Failure failure(RuntimeException e, boolean started) {
    if (e instanceof UncheckedIOException io) {
      throw io;
    }
    if (!(e instanceof Malformed m)) {
      return new Failure(position(), "malformed JSON (" + e + ")", "well-formed JSON");
    }
    Failure own = m.failure;
    if (own != null) {
      return own;
    }
    JsonProcessingException cause = m.getCause();
    JsonLocation where = cause.getLocation();
    long at = position(where != null ? where : parser.currentLocation());
    if (cause instanceof JsonEOFException) {
      return started
          ? new Failure(endOfInput(), "the end of input", "more JSON: the input ends too early")
          : new Failure(endOfInput(), "the end of input", "a JSON document");
    }
    String message = String.valueOf(cause.getOriginalMessage());
    if (cause instanceof StreamConstraintsException) {
      if (message.contains("nesting depth")) {
        return new Failure(
            at,
            "JSON nested too deeply",
            "at most " + Math.min(limits.maxNesting(), parserNesting()) + " levels of nesting"
                + (limits.maxNesting() <= parserNesting()
                    ? " (JsonLimits.maxNesting)"
                    : " (the Jackson parser's StreamReadConstraints)"));
      }
      return new Failure(at, "a value beyond the parser's limits (" + message + ")",
          "a value within the Jackson parser's StreamReadConstraints");
    }
    return new Failure(at, "malformed JSON (" + message + ")", "well-formed JSON");
  }

  private int parserNesting() {
    return parser.streamReadConstraints().getMaxNestingDepth();
  }

  /** An exception of the parser, carried through the codecs to {@link #failure}. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final JsonProcessingException cause;
    private final @Nullable Failure failure;

    Malformed(JsonProcessingException cause) {
      this(cause, null);
    }

    Malformed(JsonProcessingException cause, @Nullable Failure failure) {
      super(cause.getOriginalMessage(), cause, false, false);
      this.cause = cause;
      this.failure = failure;
    }

    @Override
    public synchronized JsonProcessingException getCause() {
      return cause;
    }
  }
}
