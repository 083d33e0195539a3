package org.rbm.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.strategies.LinkageMatrix;

/**
 * The limits the CSV reader enforces while it reads, before the work they protect, as Jackson's
 * {@code StreamReadConstraints} do: the input's size in characters, the number of records, the
 * fields of a record and the characters of one field. Each is checked as the text streams in, so
 * that a hostile input (50 MB of line ends, of commas, or one endless field) is refused after at
 * most the limit's worth of reading, with a {@link LinkageMatrixParseException} naming the limit
 * and the line and field where it was exceeded.
 *
 * <pre>{@code
 * CsvLimits big = CsvLimits.defaults().withMaxRecords(50_000).withMaxInputChars(100_000_000);
 * LinkageMatrix m = LinkageMatrices.parseCsv(reader, big);
 * }</pre>
 *
 * <p>The fields of a record are not configurable: a linkage matrix has at most {@value
 * #MAX_FIELDS_PER_RECORD} columns (the rows' heading and {@link
 * LinkageMatrix#MAX_CORE_STRATEGIES} core management strategies). Immutable and thread-safe.
 */
public final class CsvLimits {
  /** The default {@link #maxInputChars()}: ten million characters. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 10_000_000;

  /** The default {@link #maxRecords()}: ten thousand records, the header included. */
  public static final int DEFAULT_MAX_RECORDS = 10_000;

  /** The default {@link #maxFieldChars()}: one hundred thousand characters. */
  public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;

  /**
   * The most fields a record has: the rows' heading and one per core management strategy, at most
   * {@link LinkageMatrix#MAX_CORE_STRATEGIES}.
   */
  public static final int MAX_FIELDS_PER_RECORD = LinkageMatrix.MAX_CORE_STRATEGIES + 1;

  private static final CsvLimits DEFAULTS =
      new CsvLimits(DEFAULT_MAX_INPUT_CHARS, DEFAULT_MAX_RECORDS, DEFAULT_MAX_FIELD_CHARS);

  private final int maxInputChars;
  private final int maxRecords;
  private final int maxFieldChars;

  private CsvLimits(int maxInputChars, int maxRecords, int maxFieldChars) {
    this.maxInputChars = maxInputChars;
    this.maxRecords = maxRecords;
    this.maxFieldChars = maxFieldChars;
  }

  /**
   * Returns the defaults: {@value #DEFAULT_MAX_INPUT_CHARS} characters, {@value
   * #DEFAULT_MAX_RECORDS} records, {@value #DEFAULT_MAX_FIELD_CHARS} characters in a field.
   *
   * @return the default limits
   */
  public static CsvLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the most characters read from the input, a byte-order mark and line ends included.
   *
   * @return at least 1
   */
  public int maxInputChars() {
    return maxInputChars;
  }

  /**
   * Returns the most records read, the header and empty lines included.
   *
   * @return at least 1
   */
  public int maxRecords() {
    return maxRecords;
  }

  /**
   * Returns the most characters of one field, after removing its quotes.
   *
   * @return at least 1
   */
  public int maxFieldChars() {
    return maxFieldChars;
  }

  /**
   * Returns a copy with another limit on the input's size.
   *
   * @param chars the most characters to read, at least 1
   * @return the copy
   * @throws InvalidValueException if the number is below 1
   */
  public CsvLimits withMaxInputChars(int chars) {
    return new CsvLimits(positive("maxInputChars", chars), maxRecords, maxFieldChars);
  }

  /**
   * Returns a copy with another limit on the number of records.
   *
   * @param records the most records to read, at least 1
   * @return the copy
   * @throws InvalidValueException if the number is below 1
   */
  public CsvLimits withMaxRecords(int records) {
    return new CsvLimits(maxInputChars, positive("maxRecords", records), maxFieldChars);
  }

  /**
   * Returns a copy with another limit on the length of a field.
   *
   * @param chars the most characters of a field, at least 1
   * @return the copy
   * @throws InvalidValueException if the number is below 1
   */
  public CsvLimits withMaxFieldChars(int chars) {
    return new CsvLimits(maxInputChars, maxRecords, positive("maxFieldChars", chars));
  }

  private static int positive(String field, int value) {
    if (value < 1) {
      throw new InvalidValueException(field, value, "at least 1");
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CsvLimits that
        && maxInputChars == that.maxInputChars
        && maxRecords == that.maxRecords
        && maxFieldChars == that.maxFieldChars;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxInputChars, maxRecords, maxFieldChars);
  }

  @Override
  public String toString() {
    return "CsvLimits{maxInputChars=" + maxInputChars + ", maxRecords=" + maxRecords
        + ", maxFieldChars=" + maxFieldChars + "}";
  }
}
