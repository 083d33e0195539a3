package org.rbm.json;

import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;

/**
 * The limits {@link RbmJson} enforces while it reads, so that no input can exhaust memory or time:
 * the length of the document, the depth of nesting, the length of a string and of a number, and the
 * exponent of a number. Each is checked before the work it protects, and a document beyond one is
 * rejected with an {@link RbmJsonException} whose {@code expected()} names the limit, such as
 * {@code at most 1000 levels of nesting (JsonLimits.maxNesting)}. As Jackson's {@code
 * StreamReadConstraints}, the defaults are generous for real documents and can be raised:
 *
 * <pre>{@code
 * RbmJson json = RbmJson.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(500_000_000));
 * }</pre>
 *
 * <p>Through JSON-B ({@link RbmJson#config()}), Yasson owns the parser: the string, number and
 * exponent limits apply to the model values, while the document length and the nesting are
 * Yasson's and Parsson's business (Parsson refuses 1000 levels). Immutable and thread-safe.
 */
public final class JsonLimits {
  /** Default of {@link #maxDocumentLength()}: 100,000,000 characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 100_000_000L;

  /** Default of {@link #maxNesting()}: 1000 levels; the outermost object or array is level 1. */
  public static final int DEFAULT_MAX_NESTING = 1000;

  /** Default of {@link #maxStringLength()}: 1,000,000 characters, for strings and property names. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default of {@link #maxNumberLength()}: 100 characters of a number's text. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default of {@link #maxExponent()}: an exponent from -1000 to 1000, as written after e. */
  public static final int DEFAULT_MAX_EXPONENT = 1000;

  /** The greatest nesting the parser can be asked to allow. */
  private static final int MOST_NESTING = 100_000;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_EXPONENT);

  private final long maxDocumentLength;
  private final int maxNesting;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxExponent;

  private JsonLimits(
      long maxDocumentLength,
      int maxNesting,
      int maxStringLength,
      int maxNumberLength,
      int maxExponent) {
    this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength, Long.MAX_VALUE);
    this.maxNesting = (int) positive("maxNesting", maxNesting, MOST_NESTING);
    this.maxStringLength = (int) positive("maxStringLength", maxStringLength, Integer.MAX_VALUE);
    this.maxNumberLength = (int) positive("maxNumberLength", maxNumberLength, Integer.MAX_VALUE);
    this.maxExponent = (int) positive("maxExponent", maxExponent, 999_999_999);
  }

  private static long positive(String field, long value, long most) {
    if (value < 1 || value > most) {
      throw new InvalidValueException(field, value, "a number from 1 to " + most);
    }
    return value;
  }

  /**
   * Returns the default limits, those documented in the README's "Limits" section.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most characters a document may have; a longer one is refused when the reader
   * reaches the character past the limit, so that memory stays bounded for a {@code Reader} too.
   *
   * @return the limit, at least 1
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the most levels of nesting: the outermost object or array is level 1. The format's own
   * nesting is about 8 levels; deeper nesting reaches the parser only in unknown properties that
   * {@link RbmJson#toleratingUnknownProperties()} skips.
   *
   * @return the limit, from 1 to 100,000
   */
  public int maxNesting() {
    return maxNesting;
  }

  /**
   * Returns the most characters of one string or property name.
   *
   * @return the limit, at least 1
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most characters of one number's text, such as {@code -12.5e3} (7 characters).
   *
   * @return the limit, at least 1
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the greatest exponent, in magnitude, written after a number's {@code e} or {@code E}.
   * It bounds the work of every later step: a number of at most {@link #maxNumberLength()} digits
   * and such an exponent is never expanded beyond their sum.
   *
   * @return the limit, from 1 to 999,999,999
   */
  public int maxExponent() {
    return maxExponent;
  }

  /**
   * Returns a copy with another document length limit.
   *
   * @param characters the most characters, at least 1
   * @return the copy
   * @throws InvalidValueException if {@code characters} is below 1
   */
  public JsonLimits withMaxDocumentLength(long characters) {
    return new JsonLimits(characters, maxNesting, maxStringLength, maxNumberLength, maxExponent);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param levels the most levels, from 1 to 100,000
   * @return the copy
   * @throws InvalidValueException if {@code levels} is outside that range
   */
  public JsonLimits withMaxNesting(int levels) {
    return new JsonLimits(maxDocumentLength, levels, maxStringLength, maxNumberLength, maxExponent);
  }

  /**
   * Returns a copy with another string length limit.
   *
   * @param characters the most characters, at least 1
   * @return the copy
   * @throws InvalidValueException if {@code characters} is below 1
   */
  public JsonLimits withMaxStringLength(int characters) {
    return new JsonLimits(maxDocumentLength, maxNesting, characters, maxNumberLength, maxExponent);
  }

  /**
   * Returns a copy with another number length limit.
   *
   * @param characters the most characters, at least 1
   * @return the copy
   * @throws InvalidValueException if {@code characters} is below 1
   */
  public JsonLimits withMaxNumberLength(int characters) {
    return new JsonLimits(maxDocumentLength, maxNesting, maxStringLength, characters, maxExponent);
  }

  /**
   * Returns a copy with another exponent limit.
   *
   * @param magnitude the greatest exponent in magnitude, from 1 to 999,999,999
   * @return the copy
   * @throws InvalidValueException if {@code magnitude} is outside that range
   */
  public JsonLimits withMaxExponent(int magnitude) {
    return new JsonLimits(maxDocumentLength, maxNesting, maxStringLength, maxNumberLength, magnitude);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonLimits that
        && that.maxDocumentLength == maxDocumentLength
        && that.maxNesting == maxNesting
        && that.maxStringLength == maxStringLength
        && that.maxNumberLength == maxNumberLength
        && that.maxExponent == maxExponent;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxDocumentLength, maxNesting, maxStringLength, maxNumberLength, maxExponent);
  }

  /** Returns the limits, such as {@code JsonLimits{maxDocumentLength=100000000, ...}}. */
  @Override
  public String toString() {
    return "JsonLimits{maxDocumentLength=" + maxDocumentLength
        + ", maxNesting=" + maxNesting
        + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxExponent=" + maxExponent + "}";
  }
}
