package org.rbm.json.internal;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.json.RbmJsonException;

/**
 * A strict reader over a streaming parser (a {@link TokenReader}: JSON-P or Jackson), handed to the codecs. It knows the path and the
 * location of the value being read, rejects every departure from the expected shape with an
 * {@link RbmJsonException}, and turns every exception of the parser (malformed JSON, nesting too
 * deep, numbers too long) into one.
 *
 * <p>Contract with the codecs: when {@link Codec#read} is called, the parser has just produced the
 * first event of the value ({@link #event()}); the codec consumes the whole value, leaving the
 * parser on its last event. This is also where JSON-B leaves the parser when it calls a
 * deserializer.
 *
 * <p>Reading is iterative within an object or array and recursive only along the format's own
 * nesting, which is bounded: a value of the wrong JSON type is rejected at its first token, so
 * hostile nesting never recurses. Unknown properties, when tolerated, are skipped by counting
 * brackets, never with {@code JsonParser.skipObject()}, which loops forever on truncated input.
 */
public final class JsonIn {
  /** The levels of nesting Parsson's default parser, which Yasson uses, allows: it refuses 1000. */
  static final int JSONB_PARSER_LEVELS = 999;

  private final Cursor cursor;
  private final Locations locations;
  private final Codecs codecs;

  private JsonIn(Cursor cursor, Codecs codecs) {
    this.cursor = cursor;
    this.locations = cursor.locations();
    this.codecs = codecs;
  }

  /**
   * Reads a whole document with {@code codec}: the value, then nothing but white space.
   *
   * @param parser a parser at the start of the input
   * @param source the reader the parser reads, which keeps the text to locate errors
   */
  static <T> T readDocument(
      JsonParser parser, TrackingReader source, Codecs codecs, Codec<T> codec) {
    return readDocument(
        new ParssonTokens(parser, source, codecs.limits().maxNesting()), codecs, codec);
  }

  /**
   * Reads a whole document with {@code codec} from any backend: the value, then nothing but white
   * space.
   *
   * @param tokens the backend, before the first token
   * @param codecs the registry
   * @param codec the codec of the document's type
   * @return the value
   */
  public static <T> T readDocument(TokenReader tokens, Codecs codecs, Codec<T> codec) {
    Cursor cursor = new Cursor(tokens, codecs.limits());
    cursor.advance();
    T value = codec.read(new JsonIn(cursor, codecs));
    cursor.expectEnd();
    return value;
  }

  /**
   * Reads the value whose first event the parser has just produced, as JSON-B does when it calls
   * a deserializer. What follows the value is the caller's business.
   */
  static <T> T readCurrent(JsonParser parser, Codecs codecs, Codec<T> codec) {
    return readCurrent(new ParssonTokens(parser, null, JSONB_PARSER_LEVELS), codecs, codec, false);
  }

  /**
   * Reads the value whose first token {@code tokens} stands on, as a framework (JSON-B, Jackson
   * databind) has left it for a deserializer.
   *
   * @param tokens the backend, on the value's first token; left on its last
   * @param codecs the registry
   * @param codec the codec of the value's type
   * @param toEnd whether nothing but white space may follow the value (a whole document)
   * @return the value
   */
  public static <T> T readCurrent(
      TokenReader tokens, Codecs codecs, Codec<T> codec, boolean toEnd) {
    Cursor cursor = new Cursor(tokens, codecs.limits());
    cursor.takeCurrentEvent();
    T value = codec.read(new JsonIn(cursor, codecs));
    if (toEnd) {
      cursor.expectEnd();
    }
    return value;
  }

  /**
   * Returns the event the parser has just produced: the first (or, after a codec has read it, the
   * last) event of the current value.
   *
   * @return the event
   */
  public Event event() {
    return cursor.event();
  }

  /**
   * Reads the current value with the codec registered for {@code type}.
   *
   * @param type a type that has a codec
   * @return the value
   */
  public <T> T read(Class<T> type) {
    return codecs.codecFor(type).read(this);
  }

  /**
   * Reads the current value as a string.
   *
   * @return the string
   */
  public String string() {
    expect(Event.VALUE_STRING, "a string");
    return cursor.text();
  }

  /**
   * Reads the current value as a boolean.
   *
   * @return the boolean
   */
  public boolean bool() {
    Event e = event();
    if (e == Event.VALUE_TRUE || e == Event.VALUE_FALSE) {
      return e == Event.VALUE_TRUE;
    }
    throw wrongType("true or false");
  }

  /**
   * Reads the current value as a decimal number, exactly: the number's text becomes a {@link
   * BigDecimal}, never a {@code double}.
   *
   * @return the number
   */
  public BigDecimal decimal() {
    expect(Event.VALUE_NUMBER, "a number");
    String text = cursor.text();
    int maxLength = cursor.limits().maxNumberLength();
    if (text.length() > maxLength) {
      throw error(
          "a number of " + text.length() + " characters",
          "a number of at most " + maxLength + " characters (JsonLimits.maxNumberLength)");
    }
    // The exponent is bounded before BigDecimal sees it, so that no later step (a comparison, a
    // scale, a message) can expand 1e-999999999 into a billion digits.
    int maxExponent = cursor.limits().maxExponent();
    if (!exponentWithin(text, maxExponent)) {
      throw error(
          "the number " + Messages.abbreviate(text),
          "a number whose exponent is within ±" + maxExponent + " (JsonLimits.maxExponent)");
    }
    return new BigDecimal(text);
  }

  /** Whether the exponent written in a number's text (none counts as 0) is within ±{@code max}. */
  static boolean exponentWithin(String number, int max) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    if (e < 0) {
      return true;
    }
    int i = e + 1;
    if (i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-')) {
      i++;
    }
    while (i < number.length() - 1 && number.charAt(i) == '0') {
      i++;
    }
    int digits = number.length() - i;
    // At most 9 digits fit an int; the parser has checked that they are digits.
    return digits <= 9 && Integer.parseInt(number, i, number.length(), 10) <= max;
  }

  /**
   * Reads the current value as a whole number between {@code min} and {@code max}, such as a year.
   * A number with a zero fraction ({@code 2008.0}) is accepted, as JSON Schema's {@code integer}
   * does; {@code 1990.5} is rejected, never truncated.
   *
   * @param min the least value accepted
   * @param max the greatest value accepted
   * @return the number
   */
  public int integer(int min, int max) {
    BigDecimal number = decimal();
    String expected = "a whole number from " + min + " to " + max;
    // Messages show the number in BigDecimal's scientific form when its exponent is large
    // (1E-999999999), never expanded: toPlainString() would build up to 2^31 characters.
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error("the number " + Messages.abbreviate(number.toString()), expected);
    }
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      throw error("the number " + Messages.abbreviate(number.toString()), expected);
    }
    return number.intValue();
  }

  /**
   * Reads the current value as an ISO date, such as {@code 2008-01-31}.
   *
   * @return the date
   */
  public LocalDate date() {
    String text = string();
    LocalDate plain = plainDate(text);
    if (plain != null) {
      return plain;
    }
    try {
      // Every other form (signed or long years) and every error, as ISO_LOCAL_DATE has them.
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(quote(text), "an ISO date such as 2008-01-31");
    }
  }

  /**
   * The date {@code yyyy-mm-dd} written with ASCII digits, without a formatter; null for any other
   * text and for a day the month does not have, which {@link LocalDate#parse} then reads or
   * refuses.
   */
  static @Nullable LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || (day > 28 && day > lengthOf(year, month))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int lengthOf(int year, int month) {
    return Month.of(month).length(Year.isLeap(year));
  }

  /** The number written from {@code from} to {@code to} in ASCII digits; -1 if any is not one. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * Reads the current value as an enum constant, named exactly as in Java.
   *
   * @param type the enum
   * @return the constant
   */
  public <E extends Enum<E>> E constant(Class<E> type) {
    String name = string();
    E constant = EnumCodecs.named(type, name);
    if (constant == null) {
      throw error(quote(name), EnumCodecs.expected(type));
    }
    return constant;
  }

  /**
   * Reads the current value as an object whose properties {@code fields} describes, into {@code
   * target}. Rejects unknown properties (unless the reader tolerates them), repeated properties and
   * missing required properties.
   *
   * @param fields the properties
   * @param target what the properties are read into, usually a builder
   */
  public <B> void object(Fields<B> fields, B target) {
    expect(Event.START_OBJECT, fields.what());
    long start = cursor.location();
    // Known properties are marked by their index (in a long for the first 64, the usual case);
    // unknown ones, when tolerated, by name.
    long seenBits = 0;
    @Nullable BitSet seenMore = null;
    @Nullable Set<String> unknown = null;
    boolean any = false;
    while (cursor.advance() != Event.END_OBJECT) {
      String name = cursor.text();
      locations.enter(name);
      String first = fields.first();
      if (!any && first != null && !name.equals(first)) {
        throw error("the property " + quote(name) + " first", "the property " + quote(first) + " first");
      }
      any = true;
      Fields.Field<B> field = fields.field(name);
      boolean again;
      if (field != null) {
        int index = field.index();
        if (index < Long.SIZE) {
          again = (seenBits & (1L << index)) != 0;
          seenBits |= 1L << index;
        } else {
          if (seenMore == null) {
            seenMore = new BitSet();
          }
          again = seenMore.get(index);
          seenMore.set(index);
        }
      } else {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        again = !unknown.add(name);
      }
      if (again) {
        throw error("the property " + quote(name) + " again", "each property at most once");
      }
      if (field == null && !codecs.ignoresUnknownProperties()) {
        throw error("an unknown property " + quote(name), "one of the properties " + fields.names());
      }
      cursor.advance();
      if (field == null) {
        skip();
      } else {
        field.reader().read(this, target);
      }
      locations.leave();
    }
    for (Fields.Field<B> field : fields.required()) {
      int index = field.index();
      boolean present = index < Long.SIZE
          ? (seenBits & (1L << index)) != 0
          : seenMore != null && seenMore.get(index);
      if (!present) {
        String name = field.name();
        locations.enter(name);
        RbmJsonException missing =
            cursor.error(
                start,
                "no property " + quote(name),
                "the required property " + quote(name) + " (" + field.what() + ")");
        locations.leave();
        throw missing;
      }
    }
  }

  /**
   * Reads the current value as an object whose property names are data, such as a breakdown's
   * dimensions. Rejects a repeated name.
   *
   * @param what the object, for messages
   * @param entry called once per property, in order, with the parser on the value's first event
   */
  public void map(String what, Consumer<String> entry) {
    expect(Event.START_OBJECT, what);
    Set<String> seen = new HashSet<>();
    while (cursor.advance() != Event.END_OBJECT) {
      String name = cursor.text();
      locations.enter(name);
      if (!seen.add(name)) {
        throw error("the property " + quote(name) + " again", "each property at most once");
      }
      cursor.advance();
      entry.accept(name);
      locations.leave();
    }
  }

  /**
   * Reads the current value as an array, calling {@code element} once per element with the parser
   * on the element's first event.
   *
   * @param element reads one element
   */
  public void array(Runnable element) {
    expect(Event.START_ARRAY, "an array");
    int index = 0;
    while (cursor.advance() != Event.END_ARRAY) {
      locations.enterIndex(index++);
      element.run();
      locations.leave();
    }
  }

  /**
   * Reads the current value as an array of values of {@code type}.
   *
   * @param type the elements' type, which has a codec
   * @param add receives each element, in order
   */
  public <T> void list(Class<T> type, Consumer<? super T> add) {
    array(() -> add.accept(read(type)));
  }

  /**
   * Reads the current value as an array of strings, each at most once.
   *
   * @param add receives each string, in order
   * @param distinct whether a repeated string is an error
   */
  public void strings(Consumer<String> add, boolean distinct) {
    Set<String> seen = distinct ? new HashSet<>() : Set.of();
    array(
        () -> {
          String s = string();
          if (distinct && !seen.add(s)) {
            throw error(quote(s) + " again", "each string at most once");
          }
          add.accept(s);
        });
  }

  /**
   * Converts the current value with a factory of the model, turning the invariant it may break
   * into an error at the current value.
   *
   * @param factory builds the model value
   * @return the value
   */
  public <T> T convert(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw invalid(e, "", false);
    } catch (RbmParseException e) {
      String expected = e.getCause() instanceof InvalidValueException cause
          ? Messages.expected(cause.getMessage())
          : Messages.expected(e.getMessage());
      throw error(quote(e.input()), expected);
    }
  }

  /**
   * Builds the object just read, turning a broken invariant into an error at the value it names.
   *
   * @param builder builds the value, typically {@code builder::build}
   * @param ownPrefix a prefix the model puts before the fields of this type (such as {@code
   *     baseline.}), dropped from the path; empty if none
   * @return the value
   */
  public <T> T build(Supplier<T> builder, String ownPrefix) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw invalid(e, ownPrefix, true);
    }
  }

  /**
   * Returns an error at the current value.
   *
   * @param found what was found
   * @param expected what was expected
   * @return the exception, for the caller to throw
   */
  public RbmJsonException error(String found, String expected) {
    return cursor.error(found, expected);
  }

  private RbmJsonException invalid(InvalidValueException e, String ownPrefix, boolean relative) {
    String message = e.getMessage();
    String field = e.field().orElse("");
    // Without the text (JSON-B), the fault is placed just past the object that breaks the rule.
    long at = cursor.location();
    String relativeField =
        relative && field.startsWith(ownPrefix) ? field.substring(ownPrefix.length()) : "";
    locations.enterPath(relativeField);
    CharSequence document = cursor.document();
    if (document != null && !relativeField.isEmpty()) {
      at = PathLocator.locate(document, locations.path(), cursor.limits()).orElse(at);
    }
    RbmJsonException error = cursor.error(at, Messages.found(message, field), Messages.expected(message));
    locations.leave();
    error.initCause(e);
    return error;
  }

  /**
   * Returns the error for a value of the wrong JSON type at the current value.
   *
   * @param expected what was expected, such as {@code a string}
   * @return the exception, for the caller to throw
   */
  public RbmJsonException wrongType(String expected) {
    return error(cursor.describe(), expected);
  }

  private void expect(Event expected, String what) {
    if (event() != expected) {
      throw wrongType(what);
    }
  }

  private void skip() {
    Event e = event();
    int depth = e == Event.START_OBJECT || e == Event.START_ARRAY ? 1 : 0;
    while (depth > 0) {
      Event next = cursor.advance();
      if (next == Event.START_OBJECT || next == Event.START_ARRAY) {
        depth++;
      } else if (next == Event.END_OBJECT || next == Event.END_ARRAY) {
        depth--;
      }
    }
  }

  static String quote(String s) {
    return "\"" + Messages.abbreviate(s) + "\"";
  }
}
